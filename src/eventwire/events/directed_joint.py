"""A meeting or a deal of coordinated parties, coded directed: the first named acts, the rest
are its targets.

"Putin and Xi met in Beijing", "Trump, Ryan and Priebus will hold a meeting", "talks between
the White House and the Sanders campaign": event coders (CAMEO, ICEWS, the article gold) code
a meeting or a deal as one dyad from the first-named party to the others, as they code "Annan
met Saddam". PLOVER's markup tags such parties SRC/TAR (each acts and is acted on), which the
directed dyad names in both roles. Work done side by side ("Shoigu and Khrenin will inspect
the drills"), harm done together ("clashes between X and Y") and protest stay joint doers:
each party does the act, to no one in the other. Only coordinated noun phrases are sides: a
party and its own modifier ("EU foreign ministers") are one side.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import OCCASION_TYPES
from eventwire.model import Event, Mention, Participant
from eventwire.parse.coordination import first_conjunct


def direct_joint_acts(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """Make the later-named doers of a joint act with no target its targets."""
    for event in events:
        if event.type not in OCCASION_TYPES or event.recipients or len(event.actors) < 2:
            continue
        first, *others = sorted(event.actors, key=lambda p: p.mention.start)
        if _coordinated(doc, [first, *others]):
            event.actors, event.recipients = [first], others
        elif _named_together(event.actors):  # "Obama and Sanders ... the two men talked"
            first, *others = sorted(event.actors, key=_first_named(mentions))
            event.actors, event.recipients = [first], others


def _named_together(parties: list[Participant]) -> bool:
    """Whether one phrase ("the two men", "both leaders", "they") stands for several actors,
    each named apart before: its first named is the first party, as when coordinated."""
    ids = [p.actor_id for p in parties]
    spans = {(p.mention.start, p.mention.end) for p in parties}
    return len(spans) == 1 and None not in ids and len(set(ids)) == len(ids)


def _first_named(mentions: list[Mention]) -> Callable[[Participant], int]:
    """Where the text first names each party's actor."""
    first: dict[str, int] = {}
    for mention in mentions:
        start = mention.evidence.start
        first[mention.actor_id] = min(first.get(mention.actor_id, start), start)
    return lambda party: first.get(party.actor_id or "", party.mention.start)


def _coordinated(doc: Doc, parties: list[Participant]) -> bool:
    """Whether the parties are named apart, as conjuncts of one coordination ("X, Y and Z");
    parties one phrase names together ("the two countries") have no first named."""
    heads = [_head(doc, p) for p in parties]
    if None in heads or len({h.i for h in heads if h is not None}) < len(heads):
        return False
    return len({first_conjunct(h).i for h in heads if h is not None}) == 1


def _head(doc: Doc, party: Participant) -> Token | None:
    span = doc.char_span(party.mention.start, party.mention.end, alignment_mode="expand")
    return span.root if span is not None else None
