"""Disowning words is denying a report of them only in the past ("never said", "had not
suggested"): an inability ("could not estimate") or a hedge ("I'm not saying it is perfect")
denies nothing."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_types

_types = partial(event_types, date="1998-03-02")


@pytest.mark.parametrize(
    "text",
    [
        "Port officials said they could not estimate the damage to the docks.",
        "\"I'm not saying the merger is perfect,\" the bank's chairman said on Monday.",
        "Hospital staff said they cannot predict how many patients will arrive.",
    ],
)
def test_an_inability_or_a_hedge_denies_nothing(text: str) -> None:
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor said she had not suggested a delay in the vote.",
        "Asked about the tape, the mayor insisted he never said he would fire the chief.",
    ],
)
def test_words_denied_once_said_are_a_denial(text: str) -> None:
    assert "REJECT" in _types(text)
