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
