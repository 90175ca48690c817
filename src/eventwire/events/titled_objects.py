"""A person's name split off its title by the parse: "freed journalist Ahmed Samir".

After a verb, a bare title followed by a name ("released opposition leader X") is one noun
phrase, the name its head. The parse sometimes takes the title for the object and hangs the
name on the verb as an adverbial noun; the person named is then the verb's real object. It
also hangs a whole titled name right after a verb with no object on it as an adverbial noun
("met Attorney General Jane Roe on Friday"): a named party right after a verb is its object,
as an adverbial noun there is a day or a measure ("met Friday", "rose 3 percent").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.verb_arguments import objects

SPLIT_DEPS = {"npadvmod", "appos"}
NAMED_PARTIES = {"PERSON", "ORG", "GPE"}


def titled_names(verb: Token) -> list[Token]:
    """Names on the verb that directly follow its common-noun object (the title), or the verb
    itself when it has no object."""
    titles = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    split = [
        name
        for name in verb.children
        if name.dep_ in SPLIT_DEPS
        and name.ent_type_ == "PERSON"
        and any(name.left_edge.i == title.right_edge.i + 1 for title in titles)
    ]
    return split + _adverbial_objects(verb)


def _adverbial_objects(verb: Token) -> list[Token]:
    """A named party the parse hangs right after an objectless verb as its adverbial noun."""
    if objects(verb):
        return []
    return [
        name
        for name in verb.children
        if name.dep_ == "npadvmod"
        and name.pos_ == "PROPN"
        and name.ent_type_ in NAMED_PARTIES
        and name.left_edge.i == verb.i + 1
    ]
