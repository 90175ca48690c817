"""A person named only inside a subordinate clause is a weaker antecedent for a pronoun of
the same sentence outside that clause.

"Christie's blank gaze as he stood behind Donald Trump drew mockery in his home state": "his"
is Christie, whose name heads the main clause, not Trump, the nearest name but one inside the
clause "as he stood behind Donald Trump" that the pronoun is outside of. Salience-based
resolvers (Lappin and Leass's "embedded" and "adverbial" penalties; Hobbs's search, which
visits a clause's own noun phrases before those of clauses inside them) rank such names lower.
Here the people of the pronoun's own sentence named outside such clauses come first, in their
order, and those shut inside a clause nested in the pronoun's own clause come after them;
people of earlier sentences keep their place. A clause beside the pronoun's, not inside it,
shuts no one out: a misread parse often cuts a clause short ("Emanuel - who fired McCarthy
... after backing him").

In an earlier sentence, a person named only inside a clause hung on a noun or name ("Donald
Trump, who said a judge was biased, issued a statement. Ryan criticized him": Trump; "McCain,
whose aide met Putin, spoke. Democrats accused him": McCain) comes after that sentence's other
people: such a clause says something of its noun, and the sentence is about the noun. A pronoun
in such a clause keeps its place: it already goes on with someone central.
"""

from __future__ import annotations

from itertools import groupby
from typing import TypeVar

from eventwire.actors.candidates import Candidate
from eventwire.model import MentionKind

T = TypeVar("T")


def outside_first(
    pronoun: Candidate, people: list[tuple[Candidate, T]]
) -> list[tuple[Candidate, T]]:
    """People nearest first, but those of the pronoun's sentence shut in a clause inside the
    pronoun's own clause (or sentence) after that sentence's people named outside it; unchanged
    when no one of the sentence is named outside, or only by a description ("the billionaire's
    tone ... his rivals": a description may be one no name was linked to)."""
    sentence = pronoun.extra.get("sentence")
    own = [p for p in people if p[0].extra.get("sentence") == sentence]
    shut = {id(p[0]) for p in own if _shut_out(pronoun, p[0])}
    if not any(id(o) not in shut and o.kind != MentionKind.TITLE for o, _ in own):
        return people
    return (
        [p for p in own if id(p[0]) not in shut]
        + [p for p in own if id(p[0]) in shut]
        + people[len(own) :]
    )


def noun_clauses_last(
    pronoun: Candidate, people: list[tuple[Candidate, T]]
) -> list[tuple[Candidate, T]]:
    """People nearest first, but within each earlier sentence those named inside a clause
    hung on a noun after the rest of that sentence's people; the pronoun's own sentence is
    left to `outside_first`."""
    own = pronoun.extra.get("sentence")
    ordered: list[tuple[Candidate, T]] = []
    for _, group in groupby(people, key=lambda p: p[0].extra.get("sentence")):
        group_people = list(group)
        if group_people[0][0].extra.get("sentence") != own:  # a stable sort: nested ones last
            group_people.sort(key=lambda p: _named_in_noun_clause(p[0]))
        ordered.extend(group_people)
    return ordered


def _named_in_noun_clause(candidate: Candidate) -> bool:
    """Named (not a pronoun) inside a clause hung on a noun: a pronoun there already goes on
    with someone central ("He visited Netanyahu in Israel, where he met reporters")."""
    return bool(candidate.extra.get("noun_clause")) and candidate.kind != MentionKind.PRONOUN


def _shut_out(pronoun: Candidate, other: Candidate) -> bool:
    """Whether the person is named inside a subordinate clause that lies within the pronoun's
    own clause (its sentence when in none) without holding the pronoun: "as he stood behind
    Trump ... his state", not "who fired McCarthy" beside a pronoun in another clause."""
    span = _span(other)
    if span is None:
        return False
    own = _span(pronoun)
    start, end = span
    inside_own = own is None or (own[0] <= start and end <= own[1])
    return inside_own and not start <= pronoun.start < end


def _span(candidate: Candidate) -> tuple[int, int] | None:
    span = candidate.extra.get("clause_span")
    if not span:
        return None
    start, end = span.split("-")
    return int(start), int(end)
