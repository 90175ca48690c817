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
act toward anyone. Nor is a firm's move in a deal that the sentence tells by what is traded and
that is aimed at no party ("Dataproducts had rejected a $15 a share offer", "alleging that the
hostile offer violates a standstill agreement", "resigned, selling his stake"), unless a party is
told after a preposition that aims the act ("won't donate any cash to the convention"): a target
the article named but did not resolve. In a business story, one whose words are thick with what
is traded (shares, stakes, takeovers: 3.5 to 5 % of the words of wire deal stories, under 2 % of
political news but for market reports), such a move needs no goods in its own sentence:
a firm "opposed the rival group's move", "is suspending work on its new plant".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.plover_types import ASSAULT, REQUEST, SUPPORT
from eventwire.events.trade_senses import TRADE
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.sectors import BUSINESS

PUBLIC_APPEALS = {REQUEST}  # firms call on firms in public causes
APPROVING = {"approve", "approval"}  # a decision to go ahead, not praise of a party
RECEIVING_PREPS = word_set("aim_preposition") | {"to"}  # "against the state", "to the convention"
RECEIVING_DEPS = {"prep", "dative"}  # "give money to the party" has a dative "to"
BUSINESS_STORY_SHARE = 0.02  # of an article's words naming what is traded: a deal brief


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


def traded_alone(
    event_type: str, actors: list[Participant], recipients: list[Participant], head: Token
) -> bool:
    """Whether businesses alone act toward no party, told or named, in a sentence or a story
    about what is bought and sold: a move in a deal, no act toward a political actor."""
    if event_type in PUBLIC_APPEALS | {ASSAULT} or recipients or not actors:
        return False
    if any(_receiver(c) for c in head.children):
        return False
    if not all(p.sector == BUSINESS for p in actors):
        return False
    return _about_trade(head.sent) or business_story(head.doc)


def business_story(doc: Doc) -> bool:
    """Whether an article is about buying and selling firms and shares: then a firm's act
    toward no party is a move in the deal it tells, whatever its own sentence names."""
    words = [t for t in doc if t.is_alpha]
    traded = [t for t in words if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in TRADE]
    return bool(words) and len(traded) >= BUSINESS_STORY_SHARE * len(words)


def _receiver(child: Token) -> bool:
    """A preposition that aims the act at someone it names ("to the convention")."""
    return child.dep_ in RECEIVING_DEPS and child.lower_ in RECEIVING_PREPS and any(child.children)


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
