"""Mutual acts inside a family: private life, not politics.

"Elian's case has broken down the family's fragile truce", "the relatives' reconciliation": a
truce, a meeting or a deal that a family or a group of relatives owns is made among its own
members; no political party acts toward another. A family's protest or lawsuit is aimed
outward and stays (`confidence` reads only the mutual types).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.plover_types import AGREE, CONSULT, COOPERATE, RETREAT
from eventwire.lexicons import word_map

MUTUAL_TYPES = {RETREAT, CONSULT, AGREE, COOPERATE}
OTHER_SIDE_PREPS = {"with", "between", "among", "to", "toward", "towards"}


def within_family(noun: Token, type_: str) -> bool:
    """Whether the mutual act noun is owned by a family or relatives and names no other side."""
    if type_ not in MUTUAL_TYPES:
        return False
    kin_groups = {w for w, kind in word_map("relation_noun").items() if kind == "kin_group"}
    owners = [c for c in noun.children if c.dep_ == "poss"]
    other_side = any(c.dep_ == "prep" and c.lower_ in OTHER_SIDE_PREPS for c in noun.children)
    return not other_side and any(o.lower_ in kin_groups for o in owners)
