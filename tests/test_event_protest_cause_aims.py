"""A protest whose aim is a bare cause ("protesting abortion") is aimed at no one named; one
with no aim, or against a state policy, keeps the protesters' own government as its target."""

from __future__ import annotations

from .conftest import run_texts


def _protest_targets(text: str) -> set[str | None]:
    (result,) = run_texts(text)
    (protest,) = [e for e in result.events if e.type == "PROTEST"]
    return {p.country for p in protest.recipients}


def test_a_protest_against_a_bare_cause_has_no_target() -> None:
    text = "Thousands of Spanish students marched in Madrid to protest racism."
    assert _protest_targets(text) == set()


def test_an_arrest_for_protesting_a_cause_names_no_government() -> None:
    (result,) = run_texts("The Canadian activist had been arrested twice for protesting abortion.")
    (protest,) = [e for e in result.events if e.type == "PROTEST"]
    assert {p.country for p in protest.actors} == {"CAN"}
    assert protest.recipients == []


def test_a_protest_against_a_state_policy_keeps_its_own_government() -> None:
    text = "Thousands of Greek pensioners rallied in Athens over pension cuts."
    assert _protest_targets(text) == {"GRC"}


def test_a_protest_against_taxes_keeps_its_own_government() -> None:
    assert _protest_targets("Italian workers protested against taxes in Rome.") == {"ITA"}
