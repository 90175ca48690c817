"""Meetings with a company's market audience: "said at an investors conference", "as he
suggested at the meeting with analysts", "in a call with analysts Monday".

A firm's call, conference or meeting with securities analysts, investors or shareholders is the
routine of a listed company, the setting of what its officers say: no consultation between
political actors (the coding rules leave out market moves and business acts). Only a meeting
noun whose partners are all such an audience is left out: "a meeting with analysts and the
finance minister" keeps the minister, and a verb ("the president met with investors") tells a
meeting of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import CONSULT

MARKET_AUDIENCE = words("event_words.tsv", "market_audience")  # analyst, investor, shareholder
PARTNER_DEPS = {"compound"}  # "an investors conference"
PARTNER_PREPS = {"with"}  # "a call with analysts"


def market_audience(match: TriggerMatch) -> bool:
    """A CONSULT whose own partners are all securities analysts, investors or shareholders."""
    if match.code.type != CONSULT or not match.nominal:
        return False  # "the president met with investors": a verb tells a meeting of its own
    partners = _partners(match.head)
    return bool(partners) and all(p.lemma_.lower() in MARKET_AUDIENCE for p in partners)


def _partners(head: Token) -> list[Token]:
    """The nouns the meeting names as its partners, with their conjuncts."""
    direct = [c for c in head.children if c.dep_ in PARTNER_DEPS]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS]
    named = direct + [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return [t for n in named for t in [n, *n.conjuncts]]
