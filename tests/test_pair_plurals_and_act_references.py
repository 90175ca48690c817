"""Plurals that stand for the story's two states ("called on both governments", "the ministers
of the two countries agreed") code each state; a stance toward "the decision" or "the move" is
aimed at whoever did the act told just before."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

BORDER_WAR = (
    "Eritrea accused Ethiopia of shelling a border town. Ethiopia denied the charge. "
    "Eritrean troops later shelled two Ethiopian villages. "
)


def _sides(text: str, trigger: str) -> tuple[set[str | None], set[str | None]]:
    (r,) = run_texts(text, date="2020-05-01")
    event = event_at(r, trigger)
    return {p.country for p in event.actors}, {p.country for p in event.recipients}


def test_both_governments_are_each_state_of_the_pair() -> None:
    text = BORDER_WAR + "Kenya called on both governments to halt the fighting."
    assert _sides(text, "called on") == ({"KEN"}, {"ERI", "ETH"})


def test_officials_of_the_two_countries_are_of_each_state() -> None:
    text = (
        "Peru accused Ecuador of moving troops to the border. Ecuador rejected Peru's claim. "
        "The defence ministers of the two countries agreed to meet in Lima."
    )
    assert _sides(text, "agreed") == ({"PER", "ECU"}, set())


def test_bare_two_governments_is_no_pair() -> None:
    text = BORDER_WAR + "Rather than a clash between two governments, it is a feud of clans."
    (r,) = run_texts(text, date="2020-05-01")
    assert all(e.trigger.text != "clash" or len(e.actors) < 2 for e in r.events)


def test_condemning_the_move_is_aimed_at_its_doer() -> None:
    text = "Turkey expelled two Dutch diplomats on Friday. The Netherlands condemned the move."
    assert _sides(text, "condemned") == ({"NLD"}, {"TUR"})


def test_praising_the_step_is_aimed_at_its_doer() -> None:
    text = "Poland closed its border with Belarus on Tuesday. Lithuania praised the step."
    assert _sides(text, "praised") == ({"LTU"}, {"POL"})


def test_a_decision_told_long_before_is_no_referent() -> None:
    text = (
        "Japan imposed tariffs on South Korean chips. Trade talks were held in Geneva in May. "
        "Officials met again in June. Seoul criticised the decision as unfair."
    )
    assert "JPN" not in _sides(text, "criticised")[1]
