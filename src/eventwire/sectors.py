"""The CAMEO sector codes (`Actor.sector` values) that rules name, each spelled once here; the
lexicon tables spell the rest. A module may bind one to a name for its role ("VOTERS =
CIVILIANS"). Like the record model, this module imports nothing of the package."""

from __future__ import annotations

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
ADVOCACY = "NGO"
INTERNATIONAL = "IGO"
