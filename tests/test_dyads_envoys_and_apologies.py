"""Sides of acts on envoys and of apologies: the host state expels or summons an envoy and is
no target of it; an apology naming no addressee is aimed at those its "for" phrase wronged."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def _sides(text: str, trigger: str) -> tuple[set[str], set[str]]:
    (r,) = run_texts(text, date="1998-05-02")
    event = event_at(r, trigger)
    return countries_of(event.actors), countries_of(event.recipients)


def test_an_agentless_expulsion_of_an_envoy_is_done_by_the_host_state() -> None:
    text = "OSLO, Norway (AP) _ Norway's ambassador to Venezuela was expelled on Friday."
    assert _sides(text, "expelled") == ({"VEN"}, {"NOR"})


def test_the_host_state_an_expelled_envoy_serves_in_is_no_target() -> None:
    text = "CAIRO, Egypt (AP) _ Egypt expelled Sudan's ambassador to Cairo on Friday."
    assert _sides(text, "expelled") == ({"EGY"}, {"SDN"})


def test_a_recalled_envoy_keeps_the_host_state_as_target() -> None:
    text = "Chile recalled its ambassador to Peru on Monday."
    assert "PER" in _sides(text, "recalled")[1]


def test_an_apology_is_aimed_at_the_victims_of_the_wrong_it_is_for() -> None:
    text = (
        "ANKARA, Turkey (AP) _ Turkey's foreign minister apologized on Tuesday for the arrest "
        "of two Greek journalists."
    )
    assert _sides(text, "apologized") == ({"TUR"}, {"GRC"})


def test_an_apology_for_a_wrong_naming_no_one_has_no_target() -> None:
    text = "Japan's prime minister apologized on Tuesday for the delay."
    assert _sides(text, "apologized")[1] == set()
