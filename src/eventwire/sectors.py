"""The CAMEO sector codes (`Actor.sector` values) that rules name, each spelled once here; the
lexicon tables spell the rest. A module may bind one to a name for its role ("VOTERS =
CIVILIANS"). Like the record model, this module imports nothing of the package."""

from __future__ import annotations

from collections.abc import Collection

CIVILIANS = "CVL"  # the public, a people, voters, veterans: civilians, not their state
GOVERNMENT = "GOV"
LEGISLATORS = "LEG"
PARTY = "PTY"
OPPOSITION = "OPP"
COURTS = "JUD"
MILITARY = "MIL"
POLICE = "COP"
REBELS = "REB"  # rebels, militants, terrorist organisations
MEDIA = "MED"
BUSINESS = "BUS"
RESEARCH = "EDU"
HEALTH = "HLH"
ADVOCACY = "NGO"
INTERNATIONAL = "IGO"
SPIES = "SPY"  # intelligence services and their agents
RELIGION = "REL"
LABOR = "LAB"  # unions and workers


def all_of(sectors: Collection[str | None], kinds: Collection[str]) -> bool:
    """Whether a side has sectors and every one is of these kinds ("an investigation whose every
    doer is a firm or a scholar"): a side with none told is no side of that kind."""
    return bool(sectors) and all(s in kinds for s in sectors)
