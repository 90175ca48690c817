"""Weapons fired in a test, or at no target, show force; they attack no one.

"Iran test-fired a long-range missile", "Pakistan test-launched a cruise missile": the parser
hangs "test" on the firing verb, which alone reads as an armed attack (CAMEO 19x). A weapon
fired as a test hits no target: CAMEO codes it as a demonstration of military power (150,
PLOVER MOBILIZE), as it codes a state's own drills (`events.lone_drills`). So is a missile
fired with nothing struck ("fired a missile over Japan", "into the sea"); one fired at, on or
against something, or that kills or wounds, is an attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import SHOW_OF_FORCE
from eventwire.events.lexicon import VIOLENCE, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT
from eventwire.parse.deps import LINKED_CLAUSE_DEPS

TEST_DEPS = {"npadvmod", "compound", "amod", "advmod"}  # "test-fired": "test" on "fired"
LAUNCHED = words("event_words.tsv", "launched_weapon")  # missile, ICBM
OPEN_WATER = words("event_words.tsv", "open_water")  # sea, ocean, gulf
AIM_PREPS = {"at", "on", "onto", "against", "toward", "towards", "into"}


def weapon_test(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as a show of force when an attack verb is told as a test or fires a
    missile that strikes nothing."""
    head = match.head
    if match.code.type != ASSAULT or match.nominal:
        return match
    tested = any(c.dep_ in TEST_DEPS and c.lemma_.lower() == "test" for c in head.children)
    return match.recoded(SHOW_OF_FORCE) if tested or _struck_nothing(head) else match


def _struck_nothing(verb: Token) -> bool:
    """ "fired a missile over Japan": its object a launched weapon, no aim but open water, and
    no clause of harm ("fired a missile at a base, wounding 12")."""
    weapons = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in LAUNCHED]
    if not weapons:
        return False
    for child in [*verb.children, *weapons[0].children]:  # "fired missiles at Kyiv" either way
        aimed = child.dep_ == "prep" and child.lower_ in AIM_PREPS
        if aimed and not (_into_water(child) or _dated(child)):
            return False
        if child.dep_ in LINKED_CLAUSE_DEPS and child.lemma_.lower() in VIOLENCE:
            return False
    return True


def _dated(prep: Token) -> bool:
    """ "on Sunday": a time, not an aim."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ == "DATE" for o in objects)


def _into_water(prep: Token) -> bool:
    """ "into the Sea of Japan": the aim is open water, where no one is struck."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "into" and all(o.lemma_.lower() in OPEN_WATER for o in objects)
