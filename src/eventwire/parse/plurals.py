"""The plural form of an English noun read from its spelling alone, for words whose tag cannot
be trusted: a name the tagger read for a capitalised plural ("Protesters"), or an actor's name
kept as text ("officials", "troops" against "police", "Congress")."""

from __future__ import annotations


def plural_form(word: str) -> bool:
    """A word in the plural form of an English noun: an "s" ending, not "ss" ("officials",
    "troops"; not "Congress")."""
    return word.endswith("s") and not word.endswith("ss")
