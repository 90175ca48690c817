"""A threat told as a clause ("warned that Russia would retaliate against NATO") has the
threatener's own side act; it is aimed at whom that act hits, not at the clause's subject. A
warning that another party will suffer ("warned that Iran would face consequences") is still
aimed at that party."""

from __future__ import annotations

from tests.conftest import run_texts


def _target_countries(text: str, trigger: str) -> set[str | None]:
    (result,) = run_texts(text, date="2016-05-01")
    event = next(e for e in result.events if e.trigger.text == trigger)
    return {p.country for p in event.recipients}


def test_a_leader_warning_that_his_state_will_act_threatens_the_party_it_acts_against() -> None:
    text = "President Vladimir Putin warned that Russia would retaliate against Poland."
    assert _target_countries(text, "warned") == {"POL"}


def test_a_condition_names_whom_the_threat_is_held_over() -> None:
    text = (
        "Venezuelan Foreign Minister Delcy Rodriguez warned that Caracas would respond if "
        "Colombia closed the border."
    )
    assert _target_countries(text, "warned") == {"COL"}


def test_a_warning_that_another_state_will_suffer_is_aimed_at_it() -> None:
    text = "Secretary of State John Kerry warned that Syria would face serious consequences."
    assert _target_countries(text, "warned") == {"SYR"}
