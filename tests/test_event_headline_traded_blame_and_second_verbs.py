"""Headline acts the tagger hides: "A, B trade blame" is blame traded by both sides (the noun
"blame" counts only when put out, and trading puts it out), and a second verb after a comma
("..., press for X's release") is done by the subject of the headline's first verb."""

from __future__ import annotations

from .conftest import run_texts

BODY = "\n\n{city} (Reuters) - The talks lasted two hours on Monday, officials said."


def _events(headline: str, city: str) -> list[tuple[str, list[str | None]]]:
    (result,) = run_texts(headline + BODY.format(city=city), date="2019-03-04")
    return [(e.type, sorted(a.country or "" for a in e.actors)) for e in result.events]


def test_two_sides_trading_blame_in_a_headline_accuse() -> None:
    events = _events("Peru, Chile trade blame after deadly border clash", "LIMA")
    assert ("ACCUSE", ["CHL", "PER"]) in events


def test_blame_weighed_without_trading_is_no_accusation() -> None:
    events = _events("Floods leave farmers counting losses, no one to blame", "LIMA")
    assert "ACCUSE" not in [t for t, _ in events]


def test_a_second_headline_verb_after_a_comma_is_the_first_subject_s() -> None:
    headline = "Ugandan doctors strike over unpaid wages, press for health minister's resignation"
    assert ("REQUEST", ["UGA"]) in _events(headline, "KAMPALA")
