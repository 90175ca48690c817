"""Purchases that private people and firms make: commerce, not a state's economic cooperation.

"Trump purchased two golf courses", "the studio bought the rights": PLOVER's COOPERATE (CAMEO 061,
economic cooperation) is an exchange between states or their agencies; a private buyer's deal is
trade, and an analyst does not count it. Told by the trigger (a word of buying) and by the
buyers: every one of them a person, the public, a party's people or a firm, none a state or an
agency. (Money that private people give stays an event: the coded sets count donations as aid.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.patterns import TriggerMatch
from eventwire.events.word_classes import PURCHASES
from eventwire.model import Participant
from eventwire.sectors import BUSINESS, CIVILIANS, MEDIA, PARTY, RELIGION, RESEARCH

# people, party people and firms that buy
BUYERS = {CIVILIANS, PARTY, BUSINESS, MEDIA, RESEARCH, RELIGION}


def private_purchase(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A purchase whose buyers are all private people or firms: commerce."""
    head = match.head
    if head.lemma_.lower() not in PURCHASES or not actors:
        return False
    return all(_private(p, head.doc) for p in actors)


def _private(buyer: Participant, doc: Doc) -> bool:
    """A party with one of the private sectors, or a person with none ("Jacques de Mathan")."""
    if buyer.sector:
        return buyer.sector in BUYERS
    span = doc.char_span(buyer.mention.start, buyer.mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)
