"""What a preposition's object stands for beyond its own words, as argument words of the
trigger lexicon (`lexicons/event_triggers.tsv`).

A question clause, after the preposition or as the verb's complement ("is looking into whether
the aide broke the law"), is an inquiry into a possible wrong, as "looked into the allegations"
is: the mark "whether". A thing someone owns ("a dig at the governor's remarks", "raised
questions about Clinton's record") aims the act at its owner, as "a dig at the governor" does:
the mark "at someone's" ("about someone's"...); "its" is a thing's, whose owner is no party
("a dig at its cost"), and a thing that raises questions ("the finding raised questions about
her account") is no one questioning. A hyphenated "anti-" and a person's name before a noun ("an
anti-Clinton speech") aim it at the person, as "a speech against Clinton" does: "anti someone".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import ANTI_MARK, INANIMATE_PRONOUNS, THING_PRONOUNS, is_agent
from eventwire.events.noun_rows import anti_people
from eventwire.parse.tags import NOUN_POS

QUESTION_MARKS = {"whether", "if"}  # "looking into whether he lied", "into if it was legal"
WHETHER = "whether"  # argument word for a question clause ("look into>whether")
THAT = "that"  # argument word for a written "that" ("counter>a clause&that")


def clause_marks(clause: Token) -> set[str]:
    """The argument words a clause's mark gives: "that" ("fired back that ..."), "whether" for
    a question ("examining whether the aide lied", "if it was legal")."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    return (marks & {THAT}) | ({WHETHER} if marks & QUESTION_MARKS else set())


def asked_marks(prep: Token) -> set[str]:
    """ "whether" when the preposition takes a question clause ("looking into whether ...")."""
    return {WHETHER} if _asked(prep) else set()


def asked_clauses(verb: Token) -> list[Token]:
    """The question clauses the verb's prepositions take ("looking into whether the aide
    lied"): whom they say acted is whom the inquiry is aimed at."""
    return [c for p in verb.children if p.dep_ == "prep" for c in _asked(p)]


def _asked(prep: Token) -> list[Token]:
    clauses = [c for c in prep.children if c.dep_ == "pcomp"]
    return [c for c in clauses if WHETHER in clause_marks(c)]


def owner_marks(prep: Token, slots: list[Token]) -> set[str]:
    """ "at someone's" when one of the preposition's objects is a thing someone owns ("a dig
    at the governor's remarks", "at his record"); a party itself is "at someone"."""
    owners = [o for s in slots if not is_agent(s) for o in s.children if o.dep_ == "poss"]
    owned = any(is_agent(o) and o.lower_ not in INANIMATE_PRONOUNS for o in owners)
    return {f"{prep.lower_} someone's"} if owned and not _raised_by_thing(prep.head) else set()


def _raised_by_thing(noun: Token) -> bool:
    """ "his struggles have raised questions about his readiness", "the finding raised doubts
    about her account": a thing, not a party, puts the noun out; no one questions anyone."""
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    parties = [s for s in subjects if is_agent(s) and s.lower_ not in THING_PRONOUNS]
    return noun.dep_ == "dobj" and bool(subjects) and not parties  # "that plus his struggles"


def anti_marks(noun: Token) -> set[str]:
    """The mark "anti someone" that a noun with an "anti-" modifier naming a person gives its
    trigger rows ("speech>anti someone")."""
    return {ANTI_MARK} if noun.pos_ in NOUN_POS and anti_people(noun) else set()
