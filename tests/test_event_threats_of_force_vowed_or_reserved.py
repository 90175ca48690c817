"""A vow to go after a party ("hunt down", "crush") or to make it act ("make Peru pay"), a
forceful answer announced ("would respond with an iron fist", "in kind") and a right to answer
reserved are threats (THREATEN); a cooperative pledge, an answer to questions and a right to
appeal are not."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts, trigger_sides


@pytest.mark.parametrize(
    "text",
    [
        "President Mahama vowed to hunt down the gunmen who attacked the convoy.",
        "The Somali government pledged to crush the pirates operating off Puntland.",
        "Governor Novak vowed to make Peru pay for the new border fence.",
        "The senator pledged to force Halvorsen Steel to return its tax credits.",
        "The Egyptian army said it would respond with an iron fist to any attack on its posts.",
        "Azerbaijan said it would respond in kind if Armenia shelled its villages.",
        "The Indian army said it reserved the right to respond to any Chinese incursion.",
    ],
)
def test_a_hostile_answer_vowed_or_reserved_is_a_threat(text: str) -> None:
    assert "THREATEN" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway pledged to help rebuild Malawi's clinics.",
        "Governor Novak pledged to make Mr. Ostrander treasurer if he wins the race.",
        "Governor Novak pledged to make college affordable for every family.",
        "Governor Novak promised to make Peruvians feel safe again.",
        "The Peruvian trade minister vowed to respond to the fishermen's concerns.",
        "Mexico reserved the right to appeal the panel's ruling.",
        "The Austrian bank said it would respond to questions from the committee next week.",
    ],
)
def test_a_cooperative_pledge_or_plain_answer_is_no_threat(text: str) -> None:
    assert "THREATEN" not in event_types(text)


def test_the_party_a_vow_goes_after_is_the_threatened() -> None:
    (result,) = run_texts("President Mahama vowed to hunt down the smugglers.")
    (event,) = result.events
    assert (event.type, [r.name for r in event.recipients]) == ("THREATEN", ["the smugglers"])


def test_the_party_a_vow_makes_act_is_the_threatened() -> None:
    text = "Governor Novak vowed to make Peru pay for the new border fence."
    assert trigger_sides(text, "THREATEN") == [("vowed", ["Novak"], ["Peru"])]
