"""A title any organisation has ("chief executive", "chairman") is the office of whatever
owns it: a firm's chief executive is a businessman (BUS), but "Hong Kong's chief executive",
"the chairman of Taiwan" or "Macau Chief Executive X" hold a state's or territory's office
(GOV), as the place that owns the title is a government, not a firm."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.deps import OWNER_DEPS
from eventwire.sectors import BUSINESS, GOVERNMENT

STATE_ENTITY = "GPE"


def state_office_sector(first: Token, last: Token, sector: str, role: str) -> str:
    """GOV for a business sector title a place owns (before it or in an "of" phrase)."""
    if sector != BUSINESS or role not in word_set("organization_role"):
        return sector
    return GOVERNMENT if _owner_before(first) or _owner_after(last) else sector


def _owner_before(first: Token) -> bool:
    """ "Hong Kong's chief executive", "Hong Kong Chief Executive": a place just before."""
    index = first.i - 1
    if index >= 0 and first.doc[index].dep_ == "case":
        index -= 1
    owner = first.doc[index] if index >= 0 else None
    return owner is not None and owner.ent_type_ == STATE_ENTITY and owner.dep_ in OWNER_DEPS


def _owner_after(last: Token) -> bool:
    """ "the chief executive of Hong Kong": a place as the object of "of"."""
    return any(
        preposition.lower_ == "of" and child.dep_ == "pobj" and child.ent_type_ == STATE_ENTITY
        for preposition in last.rights
        for child in preposition.children
    )
