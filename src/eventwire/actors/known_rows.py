"""eventwire's own tables of known actors read as rows: dated roles (known_actors.tsv),
organisations (organizations.tsv) and the institutions every state has
(domestic_institutions.tsv and the state's collective nouns in groups.tsv).

They live apart from actors/known.py, which indexes rows (these and a user's dictionaries) and
answers who a name is on a day; mention finders read these rows directly for their names.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from eventwire.actors.entry import KnownActor
from eventwire.codes import IGO_COUNTRY, domestic_institutions
from eventwire.lexicons import read_table, word_set
from eventwire.model import ActorType


def _day(text: str, *, last: bool) -> date | None:
    """YYYY (its first or last day) or YYYY-MM-DD; empty means open."""
    if not text:
        return None
    if len(text) == 4:
        return date(int(text), 12, 31) if last else date(int(text), 1, 1)
    return date.fromisoformat(text)


def builtin_rows() -> list[KnownActor]:
    """known_actors.tsv (dated roles) and organizations.tsv (undated), as rows."""
    rows = [
        KnownActor(
            name=name,
            aliases=tuple(filter(None, aliases.split("|"))),
            type=ActorType(kind),
            country=country or None,
            sector=sector or None,
            role=role or None,
            start=_day(start, last=False),
            end=_day(end, last=True),
        )
        for name, aliases, kind, country, sector, role, start, end in read_table("known_actors.tsv")
    ]
    rows += [
        KnownActor(
            name=name,
            aliases=tuple(filter(None, aliases.split("|"))),
            type=ActorType.ORGANIZATION,
            country=None if country == IGO_COUNTRY else country,
            sector=sector or None,
        )
        for name, aliases, country, sector in read_table("organizations.tsv")
    ]
    return rows


def institution_rows() -> list[KnownActor]:
    """Institutions that, unqualified, are the home country's.

    domestic_institutions.tsv, plus the collective nouns of groups.tsv whose sector is a
    state institution's ("police", "parliament", "army"); "protesters" or "companies" are
    not the state's.
    """
    rows = [
        KnownActor(
            name=name,
            aliases=aliases,
            type=ActorType.ORGANIZATION,
            sector=sector or None,
        )
        for name, aliases, sector in domestic_institutions()
    ]
    rows += [
        KnownActor(name=noun, type=ActorType.GROUP, sector=sector)
        for noun, sector in read_table("groups.tsv")
        if sector in word_set("state_sector")
    ]
    return rows


@cache
def institution_names() -> frozenset[str]:
    """The lower-cased names and aliases of the institutions every state has ("Congress",
    "the interior ministry"): a country named before one says whose it is."""
    rows = institution_rows()
    return frozenset(n.lower() for row in rows for n in (row.name, *row.aliases))
