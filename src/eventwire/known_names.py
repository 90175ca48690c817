"""The surnames of eventwire's known people, one reader for the stages that may not import
actors/: the events stage reads them as people, the language check as English news names in a
short headline ("Trump calls Cruz a liar.")."""

from __future__ import annotations

from functools import cache

from eventwire.codes import known_actor_names


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
