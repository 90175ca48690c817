"""Movements named by a capitalised phrase NER leaves untagged ("the Save Our Rivers
movement", "Fair Rent Now protesters") are groups of the public (CVL) of the story's home
country, and the name alone elsewhere is the same movement; one capitalised word or a place
before the noun names no movement."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts

DATELINE = "BOSTON (AP) - "


def _actor_named(result: ArticleResult, name: str):
    return next((a for a in result.actors if a.name == name), None)


def test_a_capitalised_name_before_movement_is_a_movement_of_the_home_country() -> None:
    text = (
        DATELINE + "Hundreds of marchers from the Save Our Rivers movement denounced the "
        "governor on Sunday. Later Save Our Rivers urged the legislature to ban the dams."
    )
    (result,) = run_texts(text, date="2016-05-02")
    movement = _actor_named(result, "Save Our Rivers")
    assert movement is not None
    assert movement.sector is not None and movement.sector.value == "CVL"
    assert movement.country is not None and movement.country.value == "USA"
    alone = [m for m in result.mentions if m.actor_id == movement.id]
    assert any(m.evidence.text == "Save Our Rivers" for m in alone)


def test_protesters_after_a_capitalised_name_are_the_movement() -> None:
    (result,) = run_texts(
        DATELINE + "Fair Rent Now protesters blocked the mayor's office.", date="2016-05-02"
    )
    movement = _actor_named(result, "Fair Rent Now")
    assert movement is not None
    assert movement.sector is not None and movement.sector.value == "CVL"


def test_a_place_or_one_word_before_protesters_names_no_movement() -> None:
    (result,) = run_texts(
        "Hong Kong protesters rallied, and Republican activists denounced the mayor.",
        date="2016-05-02",
    )
    assert _actor_named(result, "Hong Kong") is None or not any(
        a.name == "Hong Kong" and a.sector and a.sector.value == "CVL" for a in result.actors
    )
    assert _actor_named(result, "Republican") is None


def test_a_sentence_s_capital_the_is_no_part_of_the_movement_s_name() -> None:
    (result,) = run_texts(
        DATELINE + "The Clean Air Now movement denounced the governor on Sunday.", date="2016-05-02"
    )
    assert _actor_named(result, "Clean Air Now") is not None
    assert _actor_named(result, "The Clean Air Now") is None


def test_a_party_word_in_a_movement_s_name_gives_no_party() -> None:
    (result,) = run_texts(
        DATELINE + "The Coffee Party movement denounced the senator on Sunday.", date="2016-05-02"
    )
    movement = _actor_named(result, "Coffee Party")
    assert movement is not None
    assert movement.sector is not None and movement.sector.value == "CVL"
