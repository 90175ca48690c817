"""Events39: refusing to say something is a silence, not a rejection; an act noun that is
the topic of a strong verdict, or that something lacks or needs, is not told; seizing or
jumping on what a party said attacks that party."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types


@pytest.mark.parametrize(
    "text",
    [
        "The governor declined to define what the reform would cover.",
        "The minister refused to clarify her remarks on the border.",
        "The spokesman declined to characterize the talks with the union.",
    ],
)
def test_refusing_to_say_is_no_rejection(text: str) -> None:
    assert "REJECT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia refused to withdraw its troops from the border.",
        "The Interior Ministry declined to acknowledge the election result.",
    ],
)
def test_refusing_an_act_or_a_claim_is_still_a_rejection(text: str) -> None:
    assert event_types(text) == ["REJECT"]


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The senator said the trade agreement with Peru was a terrible failure.", "AGREE"),
        ("The mayor's plan needs support from the council.", "SUPPORT"),
        ("The budget bill lacks support from the opposition.", "SUPPORT"),
    ],
)
def test_an_act_judged_or_wanted_is_not_told(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_an_act_of_force_judged_is_still_told() -> None:
    assert "ASSAULT" in event_types("The bombing of the market was a cowardly act.")


@pytest.mark.parametrize(
    "text",
    [
        "Democrats jumped on Trump's comments about the judge.",
        "Clinton quickly seized on Trump's remarks about the judge.",
    ],
)
def test_seizing_on_remarks_accuses_their_owner(text: str) -> None:
    assert event_dyads(text, date="2016-06-01") == [("ACCUSE", ["USA"], ["USA"])]


def test_seizing_on_an_issue_is_no_accusation() -> None:
    assert "ACCUSE" not in event_types("The campaign seized on the immigration issue.")
