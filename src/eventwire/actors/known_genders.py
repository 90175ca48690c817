"""The gender of a person the article names by surname alone, from eventwire's table.

Pronoun links keep only people whose gender fits the pronoun; a person called only "Obama" or
"President Obama" has no given name to tell it, so "she" could stand for him. When the
known-actors table identifies the surname as one person of its own on the article's day
("Obama" in 2016 is Barack Obama), that person's given name tells the gender; a surname the
table cannot place on one person tells nothing.
"""

from __future__ import annotations

from datetime import date

from eventwire.actors.coding import current_table
from eventwire.given_names import gender_of_full_name
from eventwire.model import ActorType

OWN_TABLE = "eventwire"  # rows of eventwire's own table carry full names with given names


def known_gender(name: str, on: date | None) -> str | None:
    """ "m" or "f" for a one-word person name the table knows as one person that day."""
    if " " in name or not name[:1].isupper():
        return None
    found = current_table().lookup(name, on)
    if found is None or found.type is not ActorType.PERSON or found.source != OWN_TABLE:
        return None
    if found.name.split()[-1].casefold() != name.casefold():
        return None  # the table matched some other form, not this surname
    return gender_of_full_name(found.name)
