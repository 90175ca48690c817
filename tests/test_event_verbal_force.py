"""Force words told in words (verbal42): a retort aimed at no one named, answered in words said
after it, an attack told by what it is about, and a torching or evisceration of someone or
their words are criticism; the same words told with a weapon in hand, or answering force with
force, stay violence."""

from __future__ import annotations

import pytest

from tests.conftest import named_dyads

from .conftest import typed_triggers


def test_a_retort_aimed_at_no_one_by_a_speaker_is_criticism() -> None:
    (event,) = named_dyads("The committee chairman fired back after getting hit with a lawsuit.")
    assert event[0] == "ACCUSE" and event[1] == ["The committee chairman"]


def test_a_retort_answered_in_words_is_aimed_at_whom_the_words_are_about() -> None:
    events = named_dyads("The senator shot back, saying Republicans were afraid of the truth.")
    assert ("ACCUSE", ["The senator"], ["Republicans"]) in events


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ortiz hit back on Monday, saying the mayor had misled voters.",
        # a word of arms not held in the act tells no force
        "The union hit back, saying the mayor had misled the rugby club.",
        "The union hit back, saying the decision was mine.",
        "The union hit back, saying the equipment was safe.",
        "The senator hit back, saying the National Rifle Association had misled voters.",
        "The senator hit back, saying her gun control bill would pass.",
    ],
)
def test_a_bare_hit_back_with_words_said_is_criticism(text: str) -> None:
    assert ("ACCUSE", "hit back") in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army hit back, shelling rebel positions overnight.",
        "The navy hit back with a barrage of missiles on the port.",
    ],
)
def test_hitting_back_with_force_is_no_criticism(text: str) -> None:
    assert "ACCUSE" not in [t for t, _ in typed_triggers(text)]


def test_force_told_after_hitting_back_stays_an_assault() -> None:
    assert typed_triggers("The army hit back, shelling rebel positions overnight.") == [
        ("ASSAULT", "shelling")
    ]


def test_an_attack_told_by_what_it_is_about_is_no_assault() -> None:
    text = "The debate brought a fresh wave of attacks about her voting record."
    assert "ASSAULT" not in [t for t, _ in typed_triggers(text)]


def test_torching_someones_words_is_criticism() -> None:
    assert typed_triggers("The columnist torched the governor's speech as hollow.") == [
        ("ACCUSE", "torched")
    ]


def test_eviscerating_rivals_is_criticism_and_a_rule_stays_a_rejection() -> None:
    assert typed_triggers("The senator eviscerated her two rivals at the forum.") == [
        ("ACCUSE", "eviscerated")
    ]
    assert "ACCUSE" not in [t for t, _ in typed_triggers("The panel eviscerated the new rule.")]


def test_torching_a_building_stays_destruction() -> None:
    assert "ACCUSE" not in [t for t, _ in typed_triggers("Rioters torched the town hall.")]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters attacked the mayor's car with stones.",
        "The senator was attacked by a man with a hammer.",
        "A man attacked the councillor with a machete outside his home.",
    ],
)
def test_an_attack_told_with_a_weapon_in_hand_stays_an_assault(text: str) -> None:
    assert [t for t, _ in typed_triggers(text)] == ["ASSAULT"]


def test_an_attack_with_ads_stays_criticism() -> None:
    assert ("ACCUSE", "attacked") in typed_triggers(
        "The governor attacked the senator with a wave of television ads."
    )
