"""Plural nouns: the tagger's plural noun tags, and the plural form of an English noun read
from its spelling alone, for words whose tag cannot be trusted: a name the tagger read for a
capitalised plural ("Protesters"), or an actor's name kept as text ("officials", "troops"
against "police", "Congress")."""

from __future__ import annotations

from eventwire.lexicons import word_set
from eventwire.parse.tags import PLURAL_NAME_TAG, PLURAL_NOUN_TAG

PLURAL_NOUN_TAGS = frozenset({PLURAL_NOUN_TAG, PLURAL_NAME_TAG})
"""The tagger's plural noun tags, common and proper ("leaders", "Democrats"): one definition for
every reader that asks whether a noun names a group rather than one person or body."""


def plural_form(word: str) -> bool:
    """A word in the plural form of an English noun: an "s" ending, not "ss" ("officials",
    "troops"; not "Congress")."""
    return word.endswith("s") and not word.endswith("ss")


def irregular_plural(word: str) -> bool:
    """A group noun in an irregular plural ("Gunmen", "Policemen", "Children"),
    which a capital at a lede's start makes the tagger read as a name; for words already
    known as a group's head, so no "-men" singular ("Yemen") reaches it."""
    return any(word.endswith(ending) for ending in word_set("irregular_plural_ending"))
