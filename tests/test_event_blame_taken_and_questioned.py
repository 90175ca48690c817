"""Blame in shapes that name no verb of blaming: heat taken from critics, an inquiry into
whether someone did wrong, questions raised about someone's doings, a remark that is a dig
at someone's words (`events.received`, `events.prep_marks`, `events.assessed`)."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _accusations(text: str) -> list[tuple[str, str]]:
    events = run_texts(text)[0].events
    return [
        (" ".join(p.name for p in e.actors), " ".join(p.name for p in e.recipients))
        for e in events
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Alan Pruitt has taken heat from teachers' unions over the school budget cuts.",
        "Governor Alan Pruitt fielded attacks from teachers' unions over the school budget cuts.",
    ],
)
def test_heat_taken_from_critics_makes_them_the_critics(text: str) -> None:
    assert any("union" in a and "Pruitt" in r for a, r in _accusations(text))


@pytest.mark.parametrize(
    "text",
    [
        "The firefighters faced intense heat as they battled the warehouse blaze.",
        "The crew took the heat out of the kiln before noon.",
    ],
)
def test_heat_of_weather_or_fire_is_no_blame(text: str) -> None:
    assert _accusations(text) == []


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        ("State police took over the investigation into the warehouse blaze on Monday.", "police"),
        ("Senator Marta Kowalski took the attack to Governor Alan Pruitt in the debate.", "Marta"),
    ],
)
def test_what_is_taken_over_or_carried_to_another_does_not_target_the_taker(
    text: str, taker: str
) -> None:
    assert all(taker not in r for _, r in _accusations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Federal investigators are looking into whether Mayor Dana Whitfield misused city funds.",
        "Prosecutors are examining whether Mayor Dana Whitfield misused city funds.",
    ],
)
def test_an_inquiry_into_whether_someone_did_wrong_is_aimed_at_them(text: str) -> None:
    assert any("Whitfield" in r for _, r in _accusations(text))


def test_questions_raised_about_someones_record_question_them() -> None:
    text = "Senator Marta Kowalski raised questions about Governor Alan Pruitt's pension record."
    assert ("Marta Kowalski", "Alan Pruitt") in _accusations(text)


def test_questions_a_finding_raises_are_no_one_questioning() -> None:
    text = "The audit's finding raised questions about Governor Alan Pruitt's pension record."
    assert _accusations(text) == []


def test_a_remark_that_is_a_dig_at_someones_words_is_aimed_at_them() -> None:
    text = "Her tweet was a thinly veiled dig at Senator Marta Kowalski's speech on pensions."
    assert any("Kowalski" in r for _, r in _accusations(text))
