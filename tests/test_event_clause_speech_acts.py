"""Speech acts told in a clause under the main one are coded beside it: a threat in a "while"
clause with its own subject, backing told by a participle with its doer on a noun; the
whole-article standard codes every mention."""

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
