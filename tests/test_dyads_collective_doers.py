"""Collective nouns the parser reads as singular ("townspeople") name a group that acts."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_townspeople_who_protest_are_the_civilians_of_their_country() -> None:
    (r,) = run_texts(
        "QUITO, Ecuador (AP) _ Hundreds of angry townspeople protested against the oil "
        "company on Sunday.",
        date="2005-06-01",
    )
    event = event_at(r, "protested")
    assert countries_of(event.actors) == {"ECU"}
    assert {p.sector for p in event.actors} == {"CVL"}
