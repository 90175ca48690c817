"""Two readings from whole newswire articles (read48b): a power to act is no act ("broad
authority to seize assets"), and a stance told again by its own word ("condemned the bombing
... It condemns the attacks") answers no earlier act of its own."""

from __future__ import annotations

import pytest

from .conftest import event_types, target_names


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The statute gives customs officers wide authority to seize smuggled cargo.", "COERCE"),
        ("The senator said the row would weaken her ability to broker a truce.", "CONSULT"),
        ("Parliament gave the cabinet the power to impose sanctions on Ruritania.", "SANCTION"),
    ],
)
def test_a_power_to_act_is_no_act(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_a_power_used_to_act_is_still_the_act() -> None:
    text = "The governor used his authority to impose sanctions on the rebel province."
    assert "SANCTION" in event_types(text)


def test_a_stance_told_again_is_not_aimed_at_its_own_maker() -> None:
    text = (
        "The Security Council condemned the bombing of the embassy on Thursday. "
        "A resolution was adopted without a vote. It strongly condemns the attacks."
    )
    assert target_names(text, "condemns") == []


def test_a_stance_on_another_partys_act_still_aims_at_its_doer() -> None:
    text = "Egypt expelled two Libyan envoys on Sunday. Libya condemned the move."
    assert target_names(text, "condemned") == ["Egypt"]
