"""Sides through relative clauses, passive complements and acts done at someone's asking."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_those_at_whose_urging_an_act_is_done_are_the_askers_not_its_targets() -> None:
    (r,) = run_texts("The Bolivian mayor was removed at the urging of Chilean diplomats.")
    urging = event_at(r, "urging")
    assert countries_of(urging.actors) == {"CHL"}, "the diplomats urged"
    assert not urging.recipients, "the removal names no one who did it"


def test_an_act_on_someones_orders_is_not_aimed_at_who_gave_them() -> None:
    (r,) = run_texts("Police detained the reporter on the orders of the Turkish interior minister.")
    assert "TUR" not in countries_of(event_at(r, "detained").recipients)


def test_a_passive_complement_is_done_to_whom_its_verb_is_said_of() -> None:
    (r,) = run_texts(
        "Ana Lopez, a Peruvian senator who survived being shot by gunmen, spoke on Monday."
    )
    assert countries_of(event_at(r, "shot").recipients) == {"PER"}, "the senator was shot"


def test_an_organisation_that_is_the_object_of_a_relative_clause_is_its_target() -> None:
    (r,) = run_texts("The senator defended Amnesty International, which Egypt banned last year.")
    banned = event_at(r, "banned")
    assert countries_of(banned.actors) == {"EGY"}
    assert "Amnesty International" in _names(banned.recipients)


def test_a_thing_that_is_the_object_of_a_relative_clause_lends_no_party_in_its_name() -> None:
    (r,) = run_texts(
        "The senator also hit him over the Latin American trade agreement, which his father "
        "signed into law."
    )
    assert not [e for e in r.events if e.trigger.text == "signed" and e.recipients]
