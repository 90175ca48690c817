"""Speech acts told in a clause under the main one are coded beside it: a threat in a "while"
clause with its own subject, backing told by a participle with its doer on a noun, a message's
accusation told by a participle on it; the whole-article standard codes every mention. A
participle that only describes a party adds nothing."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Senator Warren backed the deal, while Governor Pence has threatened to tear it up.",
            ["SUPPORT", "THREATEN"],
        ),
        (
            "The mayor dismissed the labels, a sentiment endorsed by the 5,000 people in the hall.",
            ["REJECT", "SUPPORT"],
        ),
    ],
)
def test_speech_acts_in_clauses_under_the_main_one_are_coded(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "The governor praised the mayor in tweets denouncing Senator Warren's bill.",
            ["SUPPORT", "ACCUSE"],
        ),
        ("The governor praised the mayor, a rival attacking Senator Warren.", ["SUPPORT"]),
    ],
)
def test_a_participle_on_a_message_tells_its_act_one_on_a_party_describes(
    text: str, types: list[str]
) -> None:
    assert event_types(text) == types
