"""Rejections told as a stance or a rebuttal (recall round 9): being against a party's act,
unwillingness to act, rebutting proposals, ignoring objections; and what is none of them,
among them courtesies ("thank you") and declined questions."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Some parties in Hungary are against NATO's expansion, the agency said.",
        "The Clinton campaign says they are unwilling to debate.",
        "The leaders of Canada and Mexico took turns rebutting Trump's proposals on trade.",
        "County officials say they will ignore the objections of the Saudi academy.",
        "Senate Democrats fought the president's bid to resettle refugees.",
    ],
)
def test_rejections_told_as_a_stance_are_coded(text: str) -> None:
    assert "REJECT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is against the law to sell weapons to Iran, the minister said.",
        "Most Americans are against this kind of nonsense, the senator said.",
        "The vote in the Senate was 52 against 48 on Tuesday.",
        "The best defense lawyers will be unwilling to take criminal cases.",
    ],
)
def test_rules_opinions_and_forecasts_are_no_rejection(text: str) -> None:
    assert "REJECT" not in event_types(text)


def test_willingness_to_act_toward_a_party_is_intent() -> None:
    types = event_types("Yoruba leaders said they are willing to forgive President Obasanjo.")
    assert types == ["AGREE"]


def test_willingness_as_character_is_no_event() -> None:
    assert event_types("Party bosses said they are willing to work hard for the nominee.") == []


@pytest.mark.parametrize(
    "text",
    [
        'Silverman responded, "Thank God they can fix this in post-production."',
        '"Alright, thank you very much," the speaker said.',
        "The mayor declined a question about whether she would lead the office.",
        "He was for the trade pact before he was against it.",
    ],
)
def test_courtesies_and_declined_questions_are_no_event(text: str) -> None:
    assert event_types(text) == []


def test_thanking_a_party_is_still_support() -> None:
    assert event_types("Obama thanked Japan for its help on Monday.") == ["SUPPORT"]


def test_fighting_troops_is_still_an_assault() -> None:
    assert event_types("The army fought the rebels near the border on Monday.") == ["ASSAULT"]


def test_defending_ones_own_record_backs_no_party() -> None:
    assert event_types("Obama defended his record against ISIS on Sunday night.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump defended eminent domain at the debate on Saturday.",
        "A spokesman for the mayor defended the prescribed march route on Monday.",
        "The senator defended the idea that tax cuts pay for themselves.",
    ],
)
def test_defending_a_thing_no_party_owns_backs_no_party(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Democrats defended the comments as within the bounds of debate.",
        "Mr. Ubben, who sits on the board, has defended the company.",
        "Clinton vowed to defend the Affordable Care Act against Republican efforts to repeal it.",
        "Obama defended the nuclear deal.",
        "The senator defended the agreement with Iran.",
        "The general defended the strikes on Aleppo.",
        "Rubio defended the Iraq war.",
    ],
)
def test_defending_a_party_s_words_a_body_or_a_law_is_still_support(text: str) -> None:
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Christie defended Trump's remarks on immigration on Sunday.",
        "The senator defended his brother on Sunday.",
    ],
)
def test_defending_another_party_is_support(text: str) -> None:
    assert event_types(text) == ["SUPPORT"]


def test_a_spouse_can_come_to_someones_defense() -> None:
    text = "The surviving spouse of another serviceman came to the governor's defense on Monday."
    assert event_types(text) == ["SUPPORT"]


@pytest.mark.parametrize(
    "text,types",
    [
        ("Xi and Putin signed a treaty in Moscow in May.", ["SUPPORT"]),
        ("The governor signed a law easing the state's immigration act.", ["SUPPORT"]),
        ("The governor signed a letter to the state's mayors.", []),
    ],
)
def test_signing_an_agreement_or_a_law_is_support_a_letter_is_not(text: str, types: list) -> None:
    assert event_types(text) == types
