"""Whom a holdout resists: "the minister rejected the demand, but the union did not back
down". A refusal or a (negated) concession told without an object of its own, in a clause set
against another by "but", answers that clause: its doer is the one resisted. Only a clause with
its own subject counts ("rejected the plan but did not back down" is one doer's two acts)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import CONCEDE, REJECT
from eventwire.parse.subjects import clause_subjects, has_subject

RESISTING_TYPES = {CONCEDE, REJECT}
CONTRASTS = {"but", "yet"}
OBJECT_DEPS = {"dobj", "ccomp", "dative"}


def resisted_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with the contrasted clause's doer as target, where the act has none."""
    verb = match.head
    if sides[1] or match.nominal or match.code.type not in RESISTING_TYPES:
        return sides
    if verb.dep_ != "conj" or not _contrasted(verb) or not has_subject(verb):
        return sides
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return sides  # "but Iran rejected the offer": aimed at what it names
    resisted = [p for t in clause_subjects(verb.head) for p in reader.phrase(t)]
    return sides[0], other_sides(sides[0], resisted)


def _contrasted(verb: Token) -> bool:
    """A "but" (or "yet") joins the two clauses; the parse hangs it on either conjunct."""
    return any(
        c.dep_ == "cc" and c.lower_ in CONTRASTS for c in [*verb.head.children, *verb.children]
    )
