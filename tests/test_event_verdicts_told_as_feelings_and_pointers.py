"""Verdicts in the shapes news tells them: displeasure at what a party did told in a bare
content clause ("disappointed the council did not act"), a propriety denied of a deed just
told ("it's not appropriate"), whose doer the pointing pronoun blames; a mood at nothing
anyone did, a propriety granted and an extraposed "it" judged stay out."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides, run_texts


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Governor Paul Marsh said he was disappointed Senator Jane Ruiz did not back the bill.",
            (["Paul Marsh"], ["Jane Ruiz"]),
        ),
        (
            "Mayor Lena Ortiz was still miffed over Governor Paul Marsh's lack of support.",
            (["Lena Ortiz"], ["Paul Marsh"]),
        ),
    ],
)
def test_displeasure_at_a_partys_deed_without_that_is_disapproval(
    text: str, sides: tuple[list[str], list[str]]
) -> None:
    assert named_sides(text, "ACCUSE") == sides


def test_displeasure_at_ones_own_loss_is_a_mood() -> None:
    text = "Governor Paul Marsh said he was disappointed we lost the vote."
    assert "ACCUSE" not in event_types(text)


def test_a_propriety_denied_of_the_deed_just_told_blames_its_doer() -> None:
    text = (
        "Senator Jane Ruiz attacked the journalist outside the hall. "
        "“Of course it’s not appropriate,” Governor Paul Marsh said on Monday."
    )
    (result,) = run_texts(text, date="2016-05-02")
    said = next(e for e in result.events if e.trigger.text == "said")
    assert said.type == "ACCUSE"
    assert [r.name for r in said.recipients] == ["Jane Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "“It’s appropriate,” Governor Paul Marsh said on Monday.",
        "“It is not fair to the farmers,” Governor Paul Marsh said of the drought.",
    ],
)
def test_a_propriety_granted_or_said_of_a_thing_is_no_verdict(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert not [e for e in result.events if e.trigger.text == "said" and e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Ruiz said she would not back the bill. "
        "“It was offensive,” Governor Paul Marsh said on Monday.",
        "Senator Jane Ruiz attacked the journalist outside the hall. "
        "“It’s not appropriate that nobody called the police,” Governor Paul Marsh said.",
    ],
)
def test_a_pronoun_stands_for_no_undone_act_nor_for_an_extraposed_clause(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    said = [e for e in result.events if e.trigger.text == "said" and e.type == "ACCUSE"]
    assert not [r for e in said for r in e.recipients if r.name == "Jane Ruiz"]
