"""Which of two people sharing a surname an office title means: "President Clinton" in a
story naming Hillary and Bill Clinton is the one who was president, "Gov. Bush" beside George
W. and Jeb Bush the governor. US usage keeps the title of an office once held, so any office
the known-actor table gives the person up to the article's day fits; a title no namesake
held leaves the choice to the other rules (gender, nearness)."""

from __future__ import annotations

from datetime import date

from eventwire.actors.coding import current_table
from eventwire.codes import role_lexicon
from eventwire.model import Actor


def office_holders(namesakes: list[Actor], office: str | None, on: date | None) -> list[Actor]:
    """The namesakes who held `office` by `on`; all of them when none or all did."""
    if office is None or on is None:
        return namesakes
    held = [actor for actor in namesakes if office in _offices_held(actor.name, on)]
    return held if 0 < len(held) < len(namesakes) else namesakes


def _offices_held(name: str, on: date) -> set[str]:
    """The roles the table gives the person in periods that began by `on`."""
    table = current_table()
    found = table.lookup(name, on) if table.knows_name(name) else None  # not a namesake's row
    if found is None:
        return set()
    rows = [*table.left_before(found, on), *table.offices_on(name, on)]
    roles = {role for row in rows if (role := row.role)}
    return roles | {title for role in roles if (title := _bare_title(role))}


def _bare_title(role: str) -> str | None:
    """The role the first word of a table role names as a bare title: "governor of Texas" a
    governor, "secretary of state" a "Secretary" (the title lexicon's minister)."""
    found = role_lexicon().get((role.split()[0],))
    return found.role if found else None
