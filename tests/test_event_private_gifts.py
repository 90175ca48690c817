"""Money given by private people is philanthropy or political giving, not AID; a state's,
an agency's or a firm's money, and a refusal to give, stay events."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _aid(text: str) -> list[str]:
    (result,) = run_texts(text, date="2019-05-14")
    return [e.modality for e in result.events if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "Margaret Holloway, a retired dentist, gave $250,000 to the Riverside Arts Foundation.",
        "The widower Thomas Avery donated money to the county library last spring.",
        "Many voters sent cash to the Greenway Children's Trust after the storm.",
    ],
)
def test_a_private_gift_of_money_is_no_aid(text: str) -> None:
    assert _aid(text) == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Japan gave $40 million to Nepal after the earthquake.", "occurred"),
        ("The World Bank lent Ghana $300 million on Tuesday.", "occurred"),
        ("Acme Motors will not fund the Republican convention this year.", "negated"),
    ],
)
def test_public_money_and_refusals_stay(text: str, modality: str) -> None:
    assert modality in _aid(text)


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2019-05-14")
    return [e.type for e in result.events]


def test_a_private_purchase_is_commerce() -> None:
    text = "The hotel developer Ronald Pike purchased two ski resorts in Vermont in 2011."
    assert "COOPERATE" not in _types(text)


def test_a_released_title_frees_no_one() -> None:
    text = "Next month Harbor Press will release ''The Long Road Home,'' a memoir by Senator Ames."
    assert "RETREAT" not in _types(text)


def test_released_prisoners_stay() -> None:
    assert "RETREAT" in _types("Iran released three British sailors on Friday.")
