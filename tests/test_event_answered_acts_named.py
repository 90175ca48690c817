"""An act that an answer is aimed at is the answer's reason, coded where it is told happening:
"responded to the air strikes", "in retaliation for the raid", "vowed to avenge the killings"."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("Syria responded to the Turkish air strikes with rocket fire on Kilis.", "air strikes"),
        ("The rebels will retaliate for the bombing of their camp, a commander said.", "bombing"),
        ("Egypt closed the crossing in retaliation for the raid on its outpost.", "raid"),
        ("The navy sank two boats in response to the attack on the tanker.", "attack"),
        ("The militia vowed to avenge the killings of its commanders.", "killings"),
    ],
)
def test_an_act_answered_is_not_an_event_of_its_own(text: str, answered: str) -> None:
    (result,) = run_texts(text)
    assert answered not in [e.trigger.text for e in result.events]


def test_an_act_told_happening_stays() -> None:
    (result,) = run_texts("Turkish jets carried out air strikes on Kurdish positions near Kilis.")
    assert "ASSAULT" in [e.type for e in result.events]
