"""A single unnamed policeman who harms someone acts for the police of the country he serves."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_an_unnamed_policeman_is_the_police_of_the_country() -> None:
    (r,) = run_texts(
        "ACCRA, Ghana (AP) _ A policewoman shot a taxi driver in the leg on Sunday, "
        "his brother said."
    )
    event = event_at(r, "shot")
    assert countries_of(event.actors) == {"GHA"}
    assert {p.sector for p in event.actors} == {"COP"}


def test_a_state_trooper_is_police() -> None:
    (r,) = run_texts("A Texas state trooper shot a teenager during a traffic stop on Friday.")
    assert {p.sector for p in event_at(r, "shot").actors} == {"COP"}
