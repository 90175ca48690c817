"""A clause before a semicolon is a sentence of its own, not what the verb after it says."""

from __future__ import annotations

from .conftest import contents_and_speakers


def test_the_clause_before_a_semicolon_is_not_quoted() -> None:
    quotes = contents_and_speakers(
        "The miners asked Jones to resign; Jones declined, saying he had won."
    )
    assert ("The miners asked Jones to resign", "Jones") not in quotes
    assert ("he had won", "Jones") in quotes
