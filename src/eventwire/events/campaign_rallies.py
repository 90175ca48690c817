"""Rallies that are campaign events, not protests: "Clinton's rally at a union hall", "a Trump
campaign rally", "at his rallies", "a rally for Clinton", "voter rallies". A rally named for a
candidate, a campaign or its voters, held by a person ("his rally") or for one, is a stop on the
campaign trail (`events.campaign_trail`), which the trigger search (`events.patterns`) does not
code as PROTEST.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import PERSON_PRONOUNS, is_person, words
from eventwire.events.phrase_links import pobjs
from eventwire.parse.deps import OWNER_DEPS

RALLIES = words("event_words.tsv", "campaign_event")  # a candidate's rally is no protest
CAMPAIGN = words("event_words.tsv", "campaign_word")


def campaign_rally(noun: Token) -> bool:
    """ "Clinton's rally at a union hall", "a Trump campaign rally": a rally named for a
    candidate or a campaign is a campaign event, not a protest; a known politician's surname
    counts whatever entity the tagger gave it ("outside Wisconsin Trump rally"); so does a
    person's possessive ("his rallies": a crowd's is "their") and a person the rally is for."""
    if noun.lemma_.lower() not in RALLIES:
        return False
    owned = any(
        c.dep_ in OWNER_DEPS and (one_person(c) or c.lemma_.lower() in CAMPAIGN)
        for c in noun.children
    )
    return owned or any(is_person(t) for t in pobjs(noun, {"for"}))


def one_person(token: Token) -> bool:
    """A person, named or titled, or a pronoun for one ("his rallies", "she held a rally")."""
    return token.lower_ in PERSON_PRONOUNS or is_person(token)
