"""An envoy posted to a state serves the state that sends them: "the ambassador to Peru" is
never Peru's, even in a text that names no other country; a dateline still codes the envoy."""

from __future__ import annotations

from tests.conftest import run_texts


def _envoy_country(text: str) -> str | None:
    (r,) = run_texts(text, date="2016-05-02")
    actor = next(a for a in r.actors if "ambassador" in a.name)
    return actor.country.value if actor.country else None


def test_an_ambassador_to_a_state_is_not_that_states() -> None:
    assert _envoy_country("The Senate confirmed the new ambassador to Peru.") != "PER"


def test_an_ambassador_to_a_state_meeting_its_leader_is_not_that_states() -> None:
    text = "The new ambassador to Chile met President Michelle Bachelet in Santiago."
    assert _envoy_country(text) != "CHL"


def test_a_dateline_gives_the_envoy_its_sending_state() -> None:
    text = "WASHINGTON — The Senate confirmed the new ambassador to Peru on Tuesday."
    assert _envoy_country(text) == "USA"
