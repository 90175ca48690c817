"""A verdict on "his" or "her" conduct in a speaker's own quoted words (accuse40): in a quote
the pronoun is someone else's, so "'Her plan is a disaster,' Ortega said" accuses whom "her"
stands for, as "'She is a disgrace'" would; told in indirect speech ("said his remarks were
disgraceful") the pronoun may be the speaker's own, and no one is accused."""

from __future__ import annotations

from tests.conftest import judged_sides


def _accusations(text: str) -> list[tuple[list[str], list[str]]]:
    return [(doers, targets) for type_, doers, targets in judged_sides(text) if type_ == "ACCUSE"]


def test_a_quoted_verdict_on_her_plan_accuses_her() -> None:
    text = (
        "Governor Dana Price spoke in Ohio on Monday, and Senator Luis Ortega answered. "
        '"Her plan is a disaster," Ortega said.'
    )
    assert _accusations(text) == [(["Luis Ortega"], ["Dana Price"])]


def test_a_quoted_verdict_on_his_remarks_accuses_the_one_told_before() -> None:
    text = (
        "Governor Dan Price spoke in Ohio on Monday. "
        '"His remarks were disgraceful," Senator Luis Ortega said.'
    )
    assert _accusations(text) == [(["Luis Ortega"], ["Dan Price"])]


def test_his_conduct_judged_in_indirect_speech_accuses_no_one() -> None:
    text = (
        "Governor Dan Price spoke in Ohio on Monday. "
        "Senator Luis Ortega said his remarks were disgraceful."
    )
    assert _accusations(text) == []


def test_a_mild_or_good_word_on_her_plan_accuses_no_one() -> None:
    text = (
        "Governor Dana Price spoke in Ohio on Monday, and Senator Luis Ortega answered. "
        '"Her plan is interesting," Ortega said.'
    )
    assert _accusations(text) == []
