"""Eventive nouns whose participants a light verb or the noun's own phrase tells: "went on the
offensive against X" is criticism by the subject (ACCUSE) when nothing tells violence, "a lawsuit
brought by X" is X's, restrictions put "on" someone restrict them (COERCE) and a shout-out "to"
someone praises them (SUPPORT)."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides, typed_triggers


def test_going_on_the_offensive_against_a_rival_is_criticism_by_the_subject() -> None:
    text = "Governor Jerry Brown went on the offensive against Senator Marco Rubio on Friday."
    assert ("ACCUSE", "offensive") in typed_triggers(text)
    assert named_sides(text, "ACCUSE") == (["Jerry Brown"], ["Marco Rubio"])


def test_an_offensive_told_with_weapons_stays_an_armed_attack() -> None:
    text = "The Syrian army went on the offensive against the rebels with tanks and artillery."
    assert ("ASSAULT", "offensive") in typed_triggers(text)


def test_a_lawsuit_brought_by_a_party_is_its_own_act_not_background() -> None:
    """The "by" object of "brought" names the suit's doer, so the suit is a particular act even
    where its phrase sets the scene of another ("came as part of a lawsuit")."""
    text = "The order came as part of a lawsuit brought by the Sierra Club to obtain records."
    assert named_sides(text, "ACCUSE")[0] == ["Sierra Club"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor put new restrictions on Uber drivers last year.", "COERCE"),
        ("Governor Andrew Cuomo gave a shout-out to Senator Chuck Schumer.", "SUPPORT"),
    ],
)
def test_a_noun_aimed_at_someone_is_coded(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Andrew Cuomo gave a shout-out in Albany on Tuesday.",
        "The new restrictions took effect in Ohio on Tuesday.",
    ],
)
def test_the_noun_alone_is_no_act(text: str) -> None:
    assert event_types(text) == []
