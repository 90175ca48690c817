"""A person's name split off its title by the parse: "freed journalist Ahmed Samir".

After a verb, a bare title followed by a name ("released opposition leader X") is one noun
phrase, the name its head. The parse sometimes takes the title for the object and hangs the
name on the verb as an adverbial noun; the person named is then the verb's real object.
"""

from __future__ import annotations

from spacy.tokens import Token

SPLIT_DEPS = {"npadvmod", "appos"}


def titled_names(verb: Token) -> list[Token]:
    """Names on the verb that directly follow its common-noun object (the title)."""
    titles = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return [
        name
        for name in verb.children
        if name.dep_ in SPLIT_DEPS
        and name.ent_type_ == "PERSON"
        and any(name.left_edge.i == title.right_edge.i + 1 for title in titles)
    ]
