"""A headline tells past news in the present: "Turkish troops shell ..." is an attack, not a
habit, and a plural subject's bare verb that the tagger glues to its object ("police fire tear
gas") or the "trade" of "X, Y trade insults" is read by its place in the headline. The same
words in a story sentence, or a headline noun ("Fire kills 12"), are read as before."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts

BODY = "\n\nThe report gave no further details."


@pytest.mark.parametrize(
    "headline,expected",
    [
        ("Syrian troops shell rebel positions near Aleppo", ["ASSAULT"]),
        ("Farmers march on Bogota as diesel prices climb", ["PROTEST"]),
        # repression by crowd control, coded as dispersals are (CAMEO 175, test_event_dispersals)
        ("Ecuadorean police fire tear gas at striking teachers", ["ASSAULT"]),
        ("Trade talks between Chile and Japan resume", ["CONSULT"]),
    ],
)
def test_headline_verbs(headline: str, expected: list[str]) -> None:
    assert event_types(headline + BODY) == expected


def test_habit_in_a_story_sentence_stays_habit() -> None:
    assert event_types("Soldiers often shell the villages along the border.") == []


def test_headline_trade_has_both_sides_as_sources_and_targets() -> None:
    (result,) = run_texts("Senate adjourns as Democrats, Republicans trade insults" + BODY)
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert {p.name for p in event.actors} == {"Democrats", "Republicans"}
    assert {p.name for p in event.recipients} == {"Democrats", "Republicans"}  # each the other's


@pytest.mark.parametrize(
    "headline,expected",
    [
        # a bare verb done to people, which the tagger reads as the object's modifier
        ("Police detain students outside Kampala university", ["COERCE"]),
        # blocking a crowd restricts its movement; blocking a road is a protest
        ("Police block Tirana marchers as protests enter third week", ["COERCE"]),
    ],
)
def test_plural_subject_headline_verbs_done_to_people(headline: str, expected: list[str]) -> None:
    assert event_types(headline + BODY)[:1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # people the story names trade words, not blows
        (
            "Kovac, Lindqvist trade attacks on eve of Oslo vote\n\n"
            "Candidates Petra Kovac and Erik Lindqvist clashed on Monday over taxes.",
            "ACCUSE",
        ),
        # a state and an armed group trading attacks fight
        (
            "Armenia, Azerbaijan trade attacks along border\n\n"
            "Azerbaijani artillery shelled Armenian positions overnight.",
            "ASSAULT",
        ),
    ],
)
def test_attacks_traded_in_a_headline(text: str, expected: str) -> None:
    assert event_types(text)[0] == expected
