"""Sides coded from where an act happens take the state of the article's day: a crowd in
Pristina in 1998 is Yugoslavia's, though Pristina as a place keeps Kosovo's code."""

from __future__ import annotations

from tests.conftest import run_texts


def _sides(text: str, date: str) -> list[tuple[list[str | None], list[str | None]]]:
    (result,) = run_texts(text, date=date)
    return [
        ([a.country for a in e.actors], [r.country for r in e.recipients]) for e in result.events
    ]


def test_a_crowd_placed_in_kosovo_in_1998_is_yugoslavias() -> None:
    text = "PRISTINA, Yugoslavia (AP) _ Ethnic Albanians marched in Pristina on Sunday."
    assert _sides(text, "1998-05-03") == [(["YUG"], [])]


def test_a_crowd_placed_in_kosovo_after_independence_is_kosovos() -> None:
    text = "PRISTINA, Kosovo (AP) _ Ethnic Albanians marched in Pristina on Sunday."
    assert _sides(text, "2012-05-06") == [(["XKX"], [])]
