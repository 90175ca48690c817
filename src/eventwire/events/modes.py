"""The PLOVER modes that event rules test by name, each spelled once.

A trigger's mode comes from the code table (`event_codes.tsv`) or a row's override
(`event_triggers.tsv`); the rules that read a mode ("a release of no one", "a thing destroyed")
name it here, so a mode renamed in the lexicon is renamed in one place.
"""

from __future__ import annotations

BAN = "ban"  # 1722: "banned the party"
DESTROY = "destroy"  # a 1712 row's override: "destroyed the bridge"
RELEASE = "release"  # 0841: "released the prisoners"
RESTRICT = "restrict"  # 172: "restricted the press"
SEIZE = "seize"  # 171, 1711: "seized weapons"
