"""A group named with no country of its own takes the article's home by default; where its
act happens in a place of another country, it is that place's people."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_protesters_marching_abroad_are_that_places_people() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Protesters marched in Caracas against the president on Sunday."
    )
    assert [p.country for p in event_at(r, "marched").actors] == ["VEN"]


def test_protesters_marching_at_home_keep_the_home() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Protesters marched in Chicago against the president on Sunday."
    )
    assert [p.country for p in event_at(r, "marched").actors] == ["USA"]
