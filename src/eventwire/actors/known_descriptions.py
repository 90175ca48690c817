"""Descriptions of a well-known person by what the news knows them as: "the billionaire", "the
real estate mogul", "the Democratic front-runner" in a story that named Donald Trump or Hillary
Clinton without saying so at their names.

US political news names a candidate once and then calls them by their wealth, trade or place in
the race. Such a description is the one person named in the article whom the known descriptions
table (`known_descriptions.tsv`, dated where the description is: a race's front-runner) gives
the description's noun, and whose party and state (by the politicians' table or the words at
their names) fit the description's; no one when two fit or none does, since a wrong link moves an
event's side. A description followed by a comma and a name ("the Republican front-runner, Donald
Trump,") is that name's person, whatever the table says.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.coding import current_table
from eventwire.actors.descriptions import definite_subject, evidence_of, said_of
from eventwire.lexicons import read_table, word_set
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.tags import NOUN_TAG

APPOSED = re.compile(r"\s*,\s*")  # "the front-runner, Donald Trump"
MODIFIER_POS = frozenset({"ADJ", "PROPN"})  # "the current Democratic presidential front-runner"
SAID = "said"  # the candidate's `extra` key: the noun that describes the person


def find_race_descriptions(finder: MentionCollector) -> None:
    """Add a title candidate for each "the (Democratic) front-runner" that stands alone: a
    race's leader is a person told again, never a new one. The small parser often misreads
    the hyphened noun, so the phrase is read from its words, not its dependencies."""
    for token in finder.doc:
        noun = _race_noun(token)
        phrase = _race_phrase(token, noun.count("-")) if noun else None
        if phrase is not None and finder.free(phrase):
            candidate = finder.add(MentionKind.TITLE, ActorType.PERSON, phrase, key="")
            candidate.extra[SAID] = noun


def _race_noun(token: Token) -> str:
    """ "front-runner" for "runner" after "front" and its hyphen, "frontrunner" as it is."""
    doc, i = token.doc, token.i
    if token.tag_ != NOUN_TAG:
        return ""
    hyphened = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_
    noun = f"{doc[i - 2].lower_}-{token.lower_}" if hyphened else token.lower_
    return noun if noun in word_set("race_role_noun") else ""


def _race_phrase(noun: Token, hyphens: int) -> Span | None:
    """ "the" and the modifiers before the noun (of `hyphens` hyphens) up to it, when no noun
    follows ("the front-runner status") nor a possessive ("the front-runner's aides")."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and (following.pos_ in {"NOUN", "PROPN", "PART"}):
        return None
    start = noun.i - 2 * hyphens - 1
    while start >= 0 and (doc[start].pos_ in MODIFIER_POS or doc[start].text == "-"):
        start -= 1
    if start < 0 or doc[start].lower_ != "the":
        return None
    return doc[start : noun.i + 1]


def known_described(
    candidate: Candidate, named: list[tuple[Candidate, Actor]], text: str, on: date | None
) -> Actor | None:
    """The person a definite description by a noun names: the name in apposition right after
    it, else the one person named before it whom the table and the description's party and
    state words fit."""
    noun = candidate.extra.get(SAID) or _role_noun(candidate, text)
    if not noun or not definite_subject(candidate, text):
        return None
    people = [(o, a) for o, a in named if a.type == ActorType.PERSON and not o.in_quote]
    appositive = _appositive(candidate, people, text)
    if appositive is not None or on is None:
        return appositive
    phrase = text[candidate.start : candidate.end]
    before = [(o, a) for o, a in people if o.end <= candidate.start]
    told = {id(actor): actor for o, actor in before if o.kind == MentionKind.NAME}.values()
    fitting = [
        a
        for a in told
        if noun in _known_nouns(a.name, on)
        and said_of(phrase, a.name, evidence_of(a, before, text))
    ]
    return fitting[0] if len(fitting) == 1 else None


def _role_noun(candidate: Candidate, text: str) -> str:
    """ "the billionaire businessman": the head noun of a title the role finder read, which
    the known descriptions table may know a person by ("the senator" finds no row)."""
    if candidate.role is None:
        return ""
    words = text[candidate.start : candidate.end].lower().split()
    return words[-1] if words else ""


def _appositive(
    candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str
) -> Actor | None:
    """The person named right after the description and its comma, when the parse hangs the
    name on it ("Regarding the front-runner, Ann Lee said" names a speaker, not her)."""
    after = APPOSED.match(text, candidate.end)
    if after is None:
        return None
    return next(
        (
            a
            for o, a in people
            if o.kind == MentionKind.NAME
            and o.start == after.end()
            and o.extra.get("dep") == "appos"
        ),
        None,
    )


def _known_nouns(name: str, on: date) -> frozenset[str]:
    """The nouns the table gives the person a name means, on the article's day."""
    found = current_table().lookup(name, on)
    if found is None or found.type != ActorType.PERSON:
        return frozenset()
    return frozenset(
        noun
        for person, nouns, start, end in _table()
        if person == found.name and _holds(start, end, on)
        for noun in nouns
    )


def _holds(start: date | None, end: date | None, on: date) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


def described_nouns() -> frozenset[str]:
    """Every noun the table knows a person by, at any date ("businessman", "billionaire")."""
    return frozenset().union(*(nouns for _, nouns, _, _ in _table()))


@cache
def _table() -> tuple[tuple[str, frozenset[str], date | None, date | None], ...]:
    def day(value: str) -> date | None:
        return date.fromisoformat(value) if value else None

    return tuple(
        (name, frozenset(nouns.split("|")), day(start), day(end))
        for name, nouns, start, end in read_table("known_descriptions.tsv")
    )
