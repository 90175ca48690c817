"""A warning that another named party will act foretells that party's act; it is no threat
by the speaker, whose threat is a harm of its own ("warned that he would veto", "warned
Congress that ...")."""

from __future__ import annotations

from functools import partial

from tests.conftest import event_types

_types = partial(event_types, date="2016-05-02")


def test_a_warning_that_another_person_will_act_is_no_threat() -> None:
    assert "THREATEN" not in _types(
        "Senator Amy Klobuchar warned that Scott Walker would gut pensions."
    )


def test_a_warning_that_an_organisation_will_act_is_no_threat() -> None:
    text = "Senator Sherrod Brown warned that Goldman Sachs would fight the new rules."
    assert "THREATEN" not in _types(text)


def test_a_warning_of_the_speakers_own_act_is_a_threat() -> None:
    text = "Governor Scott Walker warned that he would veto the budget if it raised taxes."
    assert "THREATEN" in _types(text)


def test_a_warning_told_to_an_addressee_is_a_threat() -> None:
    text = "President Obama warned Republicans that he would veto the spending bill."
    assert "THREATEN" in _types(text)


def test_a_leaders_warning_that_his_own_country_will_act_is_a_threat() -> None:
    assert "THREATEN" in _types("Putin warned that Russia would respond.")


def test_a_leaders_warning_that_another_country_will_act_is_no_threat() -> None:
    assert "THREATEN" not in _types("Macron warned that Russia would respond.")
