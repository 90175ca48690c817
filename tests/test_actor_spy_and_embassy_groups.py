"""Sleeper, secret and security agents are a state's spies (SPY), not its police; embassy
workers are its diplomats (GOV); the intelligence community, named bare, is the home
state's spies."""

from __future__ import annotations

from tests.conftest import named_actor, run_texts


def _sector(text: str, name: str) -> str | None:
    (result,) = run_texts("WASHINGTON (AP) -- " + text, date="2016-01-20")
    actor = named_actor(result, name)
    return actor.sector.value if actor.sector else None


def test_sleeper_agents_are_spies() -> None:
    text = "The FBI arrested four Chinese sleeper agents in Ohio."
    assert _sector(text, "Chinese sleeper agents") == "SPY"


def test_embassy_workers_are_diplomats() -> None:
    assert _sector("The embassy workers left the country.", "The embassy workers") == "GOV"


def test_a_states_security_agents_are_its_secret_service() -> None:
    text = "Syrian security agents detained two bloggers in Aleppo."
    assert _sector(text, "Syrian security agents") == "SPY"


def test_the_intelligence_community_named_bare_is_the_homes_spies() -> None:
    text = "The campaign took the unusual step of criticizing the intelligence community."
    (result,) = run_texts("WASHINGTON (AP) -- " + text, date="2016-01-20")
    actor = named_actor(result, "the intelligence community")
    assert actor.country is not None and actor.country.value == "USA"
    assert actor.sector is not None and actor.sector.value == "SPY"
    (event,) = [e for e in result.events if e.trigger.text == "criticizing"]
    assert [a.name for a in event.recipients] == ["the intelligence community"]


def test_spy_agencies_are_spies() -> None:
    text = "The campaign criticized spy agencies over the timing of the release."
    assert _sector(text, "spy agencies") == "SPY"
