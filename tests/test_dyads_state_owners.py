"""A state or town whose appeal, law or decision an act handles is that act's target, through
its government: "struck down Iowa's law", "denied an appeal by Kansas"."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _target(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    (r,) = run_texts(text, date="2016-05-02")
    (target,) = event_at(r, trigger).recipients
    return target.name, target.country, target.sector


def test_a_states_possessed_law_makes_the_state_the_target() -> None:
    text = "A federal judge struck down Iowa's voting law on Thursday."
    assert _target(text, "struck down") == ("Iowa", "USA", "GOV")


def test_an_appeal_by_a_state_makes_the_state_the_target() -> None:
    text = "The Supreme Court denied an appeal by Kansas over its school funding formula."
    assert _target(text, "denied") == ("Kansas", "USA", "GOV")


def test_a_citys_decision_criticized_makes_the_city_the_target() -> None:
    text = "Governor Jay Inslee criticized Seattle's decision to cut the police budget."
    assert _target(text, "criticized") == ("Seattle", "USA", "GOV")


def test_a_named_target_is_kept_over_the_state_in_its_phrase() -> None:
    (r,) = run_texts(
        "Senator Mike Lee criticized Utah's governor, Gary Herbert.", date="2016-05-02"
    )
    assert "Utah" not in [p.name for p in event_at(r, "criticized").recipients]
