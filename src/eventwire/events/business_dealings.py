"""Dealings between two businesses: "Dow Jones began negotiations with Telerate", "Control Data
announced an agreement with MIPS", "Telerate's directors rejected Dow Jones's offer".

A takeover bid, a joint venture or a supplier's contract is commerce between firms, no
interaction between political actors (the coding rules leave out market moves and business
acts); the coded sets hold no act between businesses at all. So an agreement, a negotiation,
backing, help, a refusal, and also a firm's lawsuit against or criticism of another firm ("filed
a lawsuit to block a tender offer by DPC", "Telerate has criticized Dow Jones for not
disclosing"), an admission or a market "clash", whose doers and targets are all businesses, both
told, is commerce (in the pools 7 of 7 such kept acts were). Force is the exception: "guards from
Blackwater attacked employees of Halliburton" is an assault whoever employs the two sides, and a
"clash" or "war" between firms is a market one only where its sentence names what is traded
("a price war between Ford and GM", "a clash over shares"). An appeal is not (firms call on
firms in public causes: "We call on other businesses to join us in speaking out against
discrimination"), nor is an act of a business toward a government, a party or the public
("Apple refused the FBI's request"). A firm's board or shareholders approving the firm's own
deal or programme ("the transaction was approved by Kyle's board") is corporate governance, no
act toward anyone.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.events.plover_types import ASSAULT, REQUEST, SUPPORT
from eventwire.events.trade_senses import TRADE
from eventwire.model import Participant
from eventwire.sectors import BUSINESS

PUBLIC_APPEALS = {REQUEST}  # firms call on firms in public causes
APPROVING = {"approve", "approval"}  # a decision to go ahead, not praise of a party


def between_businesses(
    event_type: str, actors: list[Participant], recipients: list[Participant], sentence: Span
) -> bool:
    """Whether an act's doers and targets are all businesses, both sides told, and it is no
    appeal nor force used outside a market."""
    if event_type in PUBLIC_APPEALS or not actors or not recipients:
        return False
    if event_type == ASSAULT and not _about_trade(sentence):
        return False
    return all(p.sector == BUSINESS for p in [*actors, *recipients])


def _about_trade(sentence: Span) -> bool:
    """Whether a sentence names what is bought and sold (shares, prices, markets, takeovers):
    then a "clash" or "war" between firms is competition, not force."""
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in TRADE for t in sentence)


def approved_by_business(
    event_type: str, lemma: str, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """Whether businesses alone approve something that names no party: "Nashua approved a
    buy-back program", "the deal has been approved by Kyle's board"."""
    if event_type != SUPPORT or lemma not in APPROVING or recipients or not actors:
        return False
    return all(p.sector == BUSINESS for p in actors)
