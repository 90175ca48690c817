"""Weapons fired in a test show force; they attack no one.

"Iran test-fired a long-range missile", "Pakistan test-launched a cruise missile": the parser
hangs "test" on the firing verb, which alone reads as an armed attack (CAMEO 19x). A weapon
fired as a test hits no target: CAMEO codes it as a demonstration of military power (150,
PLOVER MOBILIZE), as it codes a state's own drills (`events.lone_drills`).
"""

from __future__ import annotations

from eventwire.events.lone_drills import SHOW_OF_FORCE
from eventwire.events.patterns import TriggerMatch

TEST_DEPS = {"npadvmod", "compound", "amod", "advmod"}  # "test-fired": "test" on "fired"


def weapon_test(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as a show of force when an attack verb is told as a test."""
    head = match.head
    if match.code.type != "ASSAULT" or match.nominal:
        return match
    tested = any(c.dep_ in TEST_DEPS and c.lemma_.lower() == "test" for c in head.children)
    return match.recoded(SHOW_OF_FORCE) if tested else match
