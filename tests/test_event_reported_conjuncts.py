"""An outlet that quotes witnesses only reports: the act they tell is done by its own subject,
even where the parse coordinates it with the reporting verb."""

from __future__ import annotations

from .conftest import event_at, run_texts


def test_an_outlet_quoting_witnesses_is_not_the_doer() -> None:
    (result,) = run_texts(
        "Syria's official SANA news agency said Friday that the minister had survived an attack. "
        "The agency quoted residents as saying tanks and armored cars are patrolling the "
        "streets of Damascus."
    )
    patrol = event_at(result, "patrolling")
    assert patrol.actors == []


def test_a_true_second_act_keeps_its_doer() -> None:
    (result,) = run_texts("The Dutch minister praised the deal and criticized the opposition.")
    criticism = event_at(result, "criticized")
    assert {p.country for p in criticism.actors} == {"NLD"}


def test_a_second_clause_keeps_its_own_subject() -> None:
    (result,) = run_texts(
        "Norway signed the treaty of the alliance and the United States lifted sanctions on Cuba."
    )
    lifted = event_at(result, "lifted")
    assert {p.country for p in lifted.actors} == {"USA"}


def test_a_country_after_a_place_starts_the_next_clause() -> None:
    (result,) = run_texts("Serbia sent tanks to the border and Croatia closed its airspace.")
    closed = event_at(result, "closed")
    assert {p.country for p in closed.actors} == {"HRV"}


def test_a_clause_opened_by_after_keeps_all_its_subjects() -> None:
    (result,) = run_texts(
        "Officials hoped to end the feud after Britain and France last month signed the accord."
    )
    signed = event_at(result, "signed")
    assert {p.country for p in signed.actors} == {"GBR", "FRA"}
