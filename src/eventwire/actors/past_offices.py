"""Offices no longer held: "former President X", "ousted Prime Minister Y", "X, a retired
Postal Service letter carrier". The coding rules give a person known only by a former role no
sector, so the words before or after a name must say whether the title is past."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.phrases import find_role
from eventwire.lexicons import word_set

MAX_JOINED = 3  # "former federal prosecutor and …": the coordinated title's words


def past_office(title: list[Token]) -> bool:
    """ "former President X", "ousted Prime Minister Y", "former prosecutor and Mayor Z": an
    office no longer held, which gives the person no sector (someone known by a former role is
    no official). In a description after the name the past word must qualify a title: "X, a
    former banker" keeps the office X holds now."""
    if not title or any(_served_in(t) for t in title):
        return bool(title)
    doc, start, past = title[0].doc, title[0].i, word_set("past_office")
    words = [t.lower_ for t in title] + ([doc[start - 1].lower_] if start else [])
    if not any(word.strip("-") in past for word in words + _joined(title) + _qualifiers(title)):
        return False
    if not start or doc[start - 1].text != ",":
        return True
    return (
        any(  # a description after the name's comma
            t.lower_.strip("-") in past and (find_role(doc, title[k:]) is not None or _heads(t))
            for k, t in enumerate(title)
        )
        or any(_served_in(t) for t in title)
    )


def _qualifiers(title: list[Token]) -> list[str]:
    """ "former deputy assistant secretary of state X": a past word the parse hangs on the
    title's noun from before the words a title window reads ("deputy assistant")."""
    start = title[0].i
    return [c.lower_ for t in title for c in t.children if c.dep_ == "amod" and c.i < start]


def _heads(word: Token) -> bool:
    """ "X, a retired Postal Service letter carrier": the past word qualifies the description's
    head noun, so the body named in it is one the person served once."""
    return word.dep_ == "amod" and word.head.dep_ == "appos"


def _served_in(noun: Token) -> bool:
    """ "X, a veteran of 22 years in the Marine Corps": a description headed by a noun of past
    service with its "of" phrase, a service that has ended."""
    served = noun.dep_ == "appos" and noun.lower_ in word_set("past_service_noun")
    return served and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _joined(title: list[Token]) -> list[str]:
    """ "Former prosecutor and New York City Mayor X": the words of the title coordinated
    before this one, whose "former" covers both."""
    doc, joiner = title[0].doc, title[0].i - 1
    if joiner < 1 or doc[joiner].lower_ not in {"and", "or"}:
        return []
    return [t.lower_ for t in doc[max(doc[joiner].sent.start, joiner - MAX_JOINED) : joiner]]
