"""Whom blame is aimed at when two parties trade it (each at the other), and whom a retort that
names no one answers (the other side of the quarrel the story just told)."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_blame_traded_between_two_named_people_is_aimed_by_each_at_the_other() -> None:
    (r,) = run_texts("Senator Bob Marsh and Governor Ellen Hart traded insults on Tuesday.")
    insults = event_at(r, "insults")
    assert _names(insults.actors) == {"Bob Marsh", "Ellen Hart"}
    assert _names(insults.recipients) == {"Bob Marsh", "Ellen Hart"}


def test_people_who_attack_each_other_are_each_others_targets() -> None:
    (r,) = run_texts("Senator Bob Marsh and Governor Ellen Hart attacked each other on radio.")
    assert _names(event_at(r, "attacked").recipients) == {"Bob Marsh", "Ellen Hart"}


def test_fire_traded_between_armies_keeps_no_target() -> None:
    (r,) = run_texts("Peru and Ecuador exchanged fire along the border on Sunday.")
    assert event_at(r, "exchanged").recipients == []


def test_a_retort_answers_the_party_that_just_attacked_its_speaker() -> None:
    text = (
        "Senator Bob Smith criticized Governor Jane Doe on Monday. "
        '"Her budget is a disgrace," Smith said. "The numbers do not add up." '
        '"Nobody believes them." Doe fired back with a sharp statement.'
    )
    (r,) = run_texts(text)
    assert _names(event_at(r, "fired").recipients) == {"Bob Smith"}


def test_a_retort_after_its_speakers_own_charge_answers_the_one_charged() -> None:
    text = (
        "When Senator Bob Smith accused Governor Jane Doe of waste, she said the state was "
        'thriving. Smith shot back, "Nobody believes that."'
    )
    (r,) = run_texts(text)
    assert _names(event_at(r, "shot").recipients) == {"Jane Doe"}


def test_a_retort_that_names_whom_it_answers_is_not_given_the_quarrel() -> None:
    text = (
        "Senator Bob Smith criticized Governor Jane Doe on Monday. "
        "Doe fired back at her critics in a statement."
    )
    (r,) = run_texts(text)
    assert "Bob Smith" not in _names(event_at(r, "fired back at").recipients)


def test_a_retort_to_a_charge_that_names_no_one_answers_whoever_laid_it() -> None:
    text = (
        "Senator Ray Cole blasted Governor Ann Pike over the budget on Thursday. "
        '"It is a disgrace," he said. "The numbers are wrong. The roads are worse. '
        'Nobody trusts her." Governor Pike pushed back on those claims on Friday.'
    )
    (r,) = run_texts(text)
    assert _names(event_at(r, "pushed back").recipients) == {"Ray Cole"}


def test_a_retort_answers_the_party_of_the_clause_that_set_it_off() -> None:
    (r,) = run_texts(
        "When Senator Ray Cole mocked the budget, Governor Ann Pike fired back in a statement."
    )
    assert _names(event_at(r, "fired").recipients) == {"Ray Cole"}


def test_a_retort_after_its_own_doers_setback_is_aimed_at_no_one() -> None:
    (r,) = run_texts("After Governor Ann Pike lost the vote, she fired back in a statement.")
    assert event_at(r, "fired").recipients == []


def test_praise_told_before_a_retort_is_no_quarrel_it_answers() -> None:
    text = (
        "Mayor Tom Reed praised Senator Ray Cole for his work on roads. "
        '"He works hard," Reed said. Another critic called the bill a mess in an interview. '
        "Responding to this criticism on Friday, Cole said the bill was sound."
    )
    (r,) = run_texts(text)
    assert event_at(r, "Responding").recipients == []
