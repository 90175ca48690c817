"""The PLOVER event types that event rules name, each spelled once.

A trigger's type comes from the code table (`event_codes.tsv`); the rules that test a type or
give one ("an ACCUSE said of a party", "a CONSULT between two sides") name it here, so a type
is spelled in one place and a misspelt one fails at import, not silently in a comparison.
"""

from __future__ import annotations

AGREE = "AGREE"
CONSULT = "CONSULT"
SUPPORT = "SUPPORT"
CONCEDE = "CONCEDE"
COOPERATE = "COOPERATE"
AID = "AID"
RETREAT = "RETREAT"
REQUEST = "REQUEST"
ACCUSE = "ACCUSE"
REJECT = "REJECT"
THREATEN = "THREATEN"
PROTEST = "PROTEST"
SANCTION = "SANCTION"
MOBILIZE = "MOBILIZE"
COERCE = "COERCE"
ASSAULT = "ASSAULT"
