"""An "opposition" modifier makes a group the opposition's (OPP): "opposition candidates",
"opposition activists" are people who oppose the government, whatever their noun alone
would say (PTY, CVL). A legislature's members stay LEG ("opposition lawmakers" sit in the
chamber) and armed groups stay REB ("opposition militants")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.sectors import LEGISLATORS, OPPOSITION, REBELS

KEPT_SECTORS = frozenset({LEGISLATORS, REBELS, OPPOSITION})


def opposition_sector(modifiers: list[Token], sector: str) -> str:
    """OPP when a modifier before the group's noun is "opposition", else the noun's sector."""
    if sector in KEPT_SECTORS or not any(t.lower_ == "opposition" for t in modifiers):
        return sector
    return OPPOSITION
