"""The rows of eventwire's table of known actors (known_actors.tsv), undated, and the surnames
of its people: one reader for the stages that may not import actors/. The events stage reads
the surnames as people, the language check as English news names in a short headline ("Trump
calls Cruz a liar.")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.lexicons import read_table


@dataclass(frozen=True)
class KnownRow:
    """A row of the table, with the fields the stages below actors/ read."""

    name: str
    aliases: tuple[str, ...]
    country: str  # "" for IGOs and stateless groups
    sector: str


@cache
def known_actor_rows(kind: str) -> tuple[KnownRow, ...]:
    """The rows of one kind ("person", "organization")."""
    return tuple(
        KnownRow(name, tuple(filter(None, aliases.split("|"))), country, sector)
        for name, aliases, row_kind, country, sector, *_ in read_table("known_actors.tsv")
        if row_kind == kind
    )


@cache
def known_actor_names(kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Name and aliases of each row of one kind."""
    return tuple((row.name, row.aliases) for row in known_actor_rows(kind))


@cache
def politician_forenames() -> dict[str, frozenset[str]]:
    """The first words of the names in the table of United States politicians
    (us_politicians.tsv) by their last ("Romney": {"Mitt"}): a surname alone is shared by
    gunmen and places, so a campaign figure is one whose forename the story also writes."""
    forenames: dict[str, set[str]] = {}
    for row in read_table("us_politicians.tsv"):
        if row[0]:
            name = row[0].split()
            forenames.setdefault(name[-1], set()).add(name[0])
    return {last: frozenset(first) for last, first in forenames.items()}


@cache
def known_surnames() -> frozenset[str]:
    """The last words of the names and aliases of the people in the table of known actors,
    as written ("Trump", "Pence"), capitalised ones only."""
    surnames = {
        form.split()[-1]
        for name, aliases in known_actor_names("person")
        for form in (name, *aliases)
        if form.split()
    }
    return frozenset(word for word in surnames if word[:1].isupper())
