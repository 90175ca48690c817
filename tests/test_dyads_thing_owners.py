"""Blame or backing of a party's thing is aimed at its owner when the thing is told by a party's
word before a party's text or conduct ("the Democratic platform", "Republican efforts", "the
Republican-backed bill"), by its relative pronoun ("X's plan, which Y criticized") or by a
definite noun that names again a thing owned earlier ("his tax plan" ... "the plan"); a thing
whose owner is not told, one that an indefinite mention or other words make another thing, a
party word before a person, and a thing the verb enacts ("signed the bill") give no owner."""

from __future__ import annotations

from tests.conftest import event_at, run_texts, target_names

PLAN = "Governor Luis Ortega unveiled his tax plan on Monday. "


def test_the_plan_told_again_is_its_owner_s() -> None:
    text = PLAN + "On Tuesday, Senator Mary Pratt criticized the plan."
    assert target_names(text, "criticized") == ["Luis Ortega"]


def test_support_for_the_plan_told_again_backs_its_owner() -> None:
    text = PLAN + "Senator Mary Pratt voiced her support for the plan."
    assert target_names(text, "support") == ["Luis Ortega"]


def test_a_plan_s_relative_pronoun_stands_for_the_owned_plan() -> None:
    text = "Governor Luis Ortega's tax plan, which Senator Mary Pratt criticized, passed on Friday."
    assert target_names(text, "criticized") == ["Luis Ortega"]


def test_a_party_word_before_a_thing_names_its_owner() -> None:
    text = "Senator Mary Pratt praised the Democratic platform on Monday."
    (r,) = run_texts(text)
    assert [p.sector for p in event_at(r, "praised").recipients] == ["PTY"]


def test_a_party_word_before_its_conduct_names_its_owner() -> None:
    text = "Senator Mary Pratt denounced Republican efforts to close the clinics on Monday."
    (r,) = run_texts(text)
    assert [p.name for p in event_at(r, "denounced").recipients] == ["Republican Party"]


def test_a_party_word_before_its_agenda_names_its_owner() -> None:
    text = "Governor Luis Ortega mocked the Democratic agenda at a rally in Austin."
    (r,) = run_texts(text)
    assert [p.sector for p in event_at(r, "mocked").recipients] == ["PTY"]


def test_an_indefinite_mention_between_is_another_plan() -> None:
    text = PLAN + "Mayor Bo Lind also drafted a plan. Senator Mary Pratt criticized the plan."
    assert target_names(text, "criticized") == []


def test_other_words_make_another_plan() -> None:
    text = PLAN + "Senator Mary Pratt criticized the housing plan."
    assert target_names(text, "criticized") == []


def test_a_plan_never_owned_is_no_one_s() -> None:
    assert target_names("Senator Mary Pratt criticized the plan on Tuesday.", "criticized") == []


def test_a_party_word_before_a_hyphened_participle_names_the_backer() -> None:
    text = "Senator Mary Pratt criticized the Republican-backed bill on Monday."
    (r,) = run_texts(text)
    assert [p.sector for p in event_at(r, "criticized").recipients] == ["PTY"]


def test_a_party_word_before_a_person_names_no_owner() -> None:
    text = "Senator Mary Pratt rebuffed a Republican heckler at a rally on Sunday."
    assert target_names(text, "rebuffed") == []


def test_signing_a_bill_into_law_is_not_aimed_at_its_sponsor() -> None:
    text = "Speaker Luis Ortega introduced his bill in March. Governor Mary Pratt signed the bill."
    assert target_names(text, "signed") == []
