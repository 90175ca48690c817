"""Groups a story names as from abroad: "foreign troops", "foreign diplomats", "overseas
investors". A dateline or an outlet lends its country to the groups a story names bare
("police", "residents"), because news names locals bare; "foreign" says the group is not
local, so it takes no home default (it has no one country: whose troops, the text says
elsewhere or not at all). "Foreign Ministry officials" and "foreign policy experts" name a
home body's own field, not people from abroad."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from eventwire.lexicons import word_set
from eventwire.model import Evidence


def named_from_abroad(names: Iterable[Evidence]) -> bool:
    """Whether any name of a group calls it from abroad ("foreign troops"), not a home body's
    field ("Foreign Ministry officials")."""
    return any(_from_abroad(evidence.text.lower().split()) for evidence in names)


def _from_abroad(words: list[str]) -> bool:
    """A word of abroad ("foreign") before a word that is no home body's field."""
    return any(
        word in word_set("abroad_modifier") and after not in word_set("home_foreign_field")
        for word, after in pairwise(words)
    )
