"""Actors a reader lists that eventwire once missed: group nouns that act, historical
demonyms, titles named with their place, names NER cuts at a place-named surname."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def named(result: ArticleResult) -> dict[str, tuple[str | None, str | None]]:
    """Actor name → (country, sector)."""
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def mentions(result: ArticleResult) -> set[str]:
    return {m.evidence.text for m in result.mentions}


def test_creditors_and_police_departments_are_groups() -> None:
    (r,) = run_texts(
        "HELSINKI (AP) -- Major creditors of the shipyard agreed to form a new company. "
        "The bulletin went to police departments across the country."
    )
    assert "Major creditors" in mentions(r)
    assert "police departments" in mentions(r)


def test_west_german_is_germany_not_a_stray_word() -> None:
    (r,) = run_texts("West German authorities cleared the takeover of the French bank.")
    assert named(r).get("West German authorities") == ("DEU", "GOV")
