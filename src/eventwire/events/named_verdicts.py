"""What a naming, likening or casting verb says someone is: "called him a 'chicken'", "branded the
exiles traitors", "compared Trump to Hitler", "portrayed Trump as a nasty candidate", "described
the move by Taiwan as reckless". `events.judgement` reads the verdict of the names found here.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.as_verdicts import as_complements, authored, cast_objects
from eventwire.events.judged_words import MERIT, judged
from eventwire.events.lexicon import is_agent
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import CASTING, NAMING, WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.deps import PREDICATE_OR_RESULT_DEPS
from eventwire.parse.tags import PLURAL_NOUN_TAG

SELF_OR_NONE = word_set("self_or_none")  # the speaker, or no party


def authored_wrong(verb: Token) -> bool:
    """ "described the move by Taiwan as reckless", "called the governor's remarks as
    outrageous": a wrong found in what a named party did or said accuses that party."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING | CASTING or names_a_thing(verb):
        return False
    direct = objects(verb)
    return any(authored(o) for o in direct) and any(
        judged(c, WRONGDOING) for c in as_complements(verb)
    )


def names_a_thing(verb: Token) -> bool:
    """ "over what Tallinn called the illegal transfer": a free relative names a thing in
    its namer's words; the sentence's own act carries the blame, the naming none."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def named_as_objects(verb: Token) -> tuple[Token, list[Token]] | None:
    """Who a naming verb names and the names, where the parser reads the name as an object:
    "branded the exile a traitor" (two objects), "branded the exiles traitors" (the one named
    a plural modifier of the name), "were branded traitors" (the passive subject); else None."""
    direct = objects(verb)
    if not direct or any(c.dep_ in PREDICATE_OR_RESULT_DEPS for c in verb.children):
        return None
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:  # "the exiles were branded traitors"
        return passive[0], direct
    plural = [c for c in direct[0].children if c.dep_ == "compound" and c.tag_ == PLURAL_NOUN_TAG]
    if plural:
        return plural[0], direct[:1]
    return (direct[0], direct[1:]) if len(direct) > 1 else None


def named_as(verb: Token) -> list[Token]:
    """The names a naming verb gives, where the parser reads them as objects."""
    found = named_as_objects(verb)
    return found[1] if found else []


def scare_quoted(name: Token, verb: Token) -> bool:
    """ "called him a 'chicken'": a name given someone in quotation marks, and not a praise,
    is derision (the writer distances the paper from the insult); "called the talk
    'nonsense'" and "what it calls 'the mobile' business" judge no one."""
    quoted = [t for t in name.subtree if t.is_quote]
    called = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in SELF_OR_NONE]
    named = any(is_agent(c) for c in called)
    return named and len(quoted) >= 2 and not judged(name, MERIT)


def compared_to(verb: Token) -> list[Token]:
    """What someone is likened to: the object of "to" or "with" ("compared Trump to Hitler"),
    which the parser may hang on the compared object."""
    direct = objects(verb)
    return [
        pobj
        for prep in [*verb.children, *(c for o in direct for c in o.children)]
        if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
        for pobj in prep.children
        if pobj.dep_ in {"pobj", "amod", "acomp"}
    ]


def cast_as(verb: Token) -> list[Token]:
    """What someone is presented as: the object of "as" ("portrayed Trump as a nasty
    candidate"), or a bare adjective the parser hangs on "as" ("painted rivals as weak"), when
    the one presented can act ("described the plan as flawed" is an opinion)."""
    presented = cast_objects(verb)  # "referred to Trump as a fraud"
    return as_complements(verb) if any(is_agent(o) for o in presented) else []
