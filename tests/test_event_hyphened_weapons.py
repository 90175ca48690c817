"""Crowd-control weapons told as the verb ("pepper-sprayed", "tear-gassed", "tased") are force
used on a person: the noun hyphened to the verb (`events/hyphen_marks.py`) names the weapon; the
same verbs with no weapon hyphened to them stay no attack."""

from __future__ import annotations

import pytest

from tests.conftest import event_at, event_types, run_texts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Deputies pepper-sprayed the strikers outside the depot on Friday.", "sprayed"),
        ("Riot officers tear-gassed the students near the ministry.", "gassed"),
        ("Officers tased the suspect during the traffic stop.", "tased"),
        ("Guards fired pepper spray at the strikers outside the depot.", "fired"),
    ],
)
def test_a_crowd_weapon_used_on_people_is_an_assault(text: str, trigger: str) -> None:
    (r,) = run_texts(text, date="2016-05-01")
    assert event_at(r, trigger).type == "ASSAULT"


def test_the_one_pepper_sprayed_is_the_target_and_the_sprayer_the_source() -> None:
    (r,) = run_texts("Marcus Webb was pepper-sprayed by a guard at the gate.", date="2016-05-01")
    event = event_at(r, "sprayed")
    assert [p.name for p in event.recipients] == ["Marcus Webb"]
    assert [p.name for p in event.actors] == ["a guard"]


def test_the_hyphened_weapon_not_the_verb_makes_the_assault() -> None:
    assert "ASSAULT" in event_types("Guards pepper-sprayed the marchers.", date="2016-05-01")
    assert "ASSAULT" not in event_types("Growers sprayed the orchards.", date="2016-05-01")
    assert "ASSAULT" not in event_types("The drivers gassed up the buses.", date="2016-05-01")
