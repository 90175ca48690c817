""" "Defend against aggression": guarding against a danger backs no one.

"our firm resolve to deter and defend against North Korean aggression", "to defend against
cyber attacks": "defend" with only an "against" phrase, no one defended, is guarding oneself
from a danger, not the backing of a party that "defended Israel" or "defended his aide" tells
(SUPPORT); the danger is no one's target of support either.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import SUPPORT
from eventwire.parse.deps import VERB_OBJECT_DEPS

GUARD_VERBS = words("event_words.tsv", "guarding")  # "defend against aggression"


def guards_against(match: TriggerMatch) -> bool:
    """Whether a backing verb guards against something with no one it backs."""
    verb = match.head
    if match.nominal or match.code.type != SUPPORT or verb.lemma_.lower() not in GUARD_VERBS:
        return False
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
    return against and not any(c.dep_ in VERB_OBJECT_DEPS for c in verb.children)
