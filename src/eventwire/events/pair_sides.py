"""Plural phrases that stand for each of the story's pair: "called on both governments", "the
foreign ministers of the two countries agreed".

A story about two states refers to them together by a plural ("both governments", "the two
countries") or names officials "of" them both. Event coders code such a phrase with each state
as a party, so the phrase is read as the story's pair (`story_parties`), not as the one state
whose actor the phrase's own words happened to be linked to (the last named), and officials
"of the two countries" are that officeholder of each state.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.mention_reader import MentionReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.story_parties import pair_phrase, story_pair, story_parties
from eventwire.model import Participant

PAIR = 2
STATE_PLURALS = words("event_words.tsv", "pair_state")  # "both governments"


def pair_sides(reader: MentionReader, head: Token, named: list[Participant]) -> list[Participant]:
    """The participants a phrase names, each of the story's pair where it stands for both."""
    if pair_phrase(head) or _state_plural(head):
        pair = story_parties(reader, head) or story_pair(reader, head)
        return pair if len(pair) >= PAIR else named
    owners = [t for t in pobjs(head, {"of"}) if pair_phrase(t)]
    if len(named) != 1 or not owners:
        return named
    states = {p.country for p in story_parties(reader, owners[0]) if p.country}
    if len(states) < PAIR:
        return named
    return [named[0].model_copy(update={"country": c, "actor_id": None}) for c in sorted(states)]


def _state_plural(head: Token) -> bool:
    """ "both governments", "the two governments": a state's organ, once for each of the pair
    the story told; "a clash between two governments" is any two, no pair told before."""
    words = {c.lower_ for c in head.children if c.dep_ in {"det", "nummod", "predet"}}
    definite = "both" in words or {"the", "two"} <= words
    return head.lemma_.lower() in STATE_PLURALS and definite
