"""A noun of blame with a content clause ("an accusation that X did ...") is aimed at X."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_an_accusation_is_aimed_at_the_doer_its_clause_names() -> None:
    (r,) = run_texts("Peru's accusation that Chile had spied on its navy angered Santiago.")
    assert countries_of(event_at(r, "accusation").recipients) == {"CHL"}


def test_an_accusation_made_through_a_light_verb_is_aimed_at_the_clause_doer() -> None:
    (r,) = run_texts("Bolivia made the accusation that Peru had violated the treaty.")
    assert countries_of(event_at(r, "accusation").recipients) == {"PER"}


def test_a_threat_told_in_a_clause_is_not_aimed_at_its_own_maker() -> None:
    (r,) = run_texts("Peru issued a threat that it would bomb Chile.")
    assert "PER" not in countries_of(event_at(r, "threat").recipients)
