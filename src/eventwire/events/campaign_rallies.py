"""Rallies that are campaign events, not protests: "Clinton's rally at a union hall", "a Trump
campaign rally". A rally named for a candidate or a campaign is a stop on the campaign trail
(`events.campaign_trail`), which the trigger search (`events.patterns`) does not code as PROTEST.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_person, words
from eventwire.parse.deps import OWNER_DEPS

RALLIES = words("event_words.tsv", "campaign_event")  # a candidate's rally is no protest
CAMPAIGN = words("event_words.tsv", "campaign_word")


def campaign_rally(noun: Token) -> bool:
    """ "Clinton's rally at a union hall", "a Trump campaign rally": a rally named for a
    candidate or a campaign is a campaign event, not a protest; a known politician's surname
    counts whatever entity the tagger gave it ("outside Wisconsin Trump rally")."""
    return noun.lemma_.lower() in RALLIES and any(
        c.dep_ in OWNER_DEPS and (is_person(c) or c.lemma_.lower() in CAMPAIGN)
        for c in noun.children
    )
