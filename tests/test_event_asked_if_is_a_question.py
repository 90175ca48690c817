"""Asking someone whether or if something is so is a question, not a request, whoever the one
asked is; asking someone to act, or asking for something, stays a request."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "During an interview on Monday, Reuters asked the Labour contender if he had started "
        "writing his first speech as prime minister.",
        "The Uruguayan president asked the Brazilian envoy whether the border would reopen.",
        "Asked later - peace or not over the border - the Dutch admiral chuckled.",
    ],
)
def test_asking_if_or_whether_is_a_question(text: str) -> None:
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Uruguayan president asked Brazil to reopen the border.",
        "The Uruguayan president asked Brazil for help with the floods.",
        "The Uruguayan president has sought suggestions from the Brazilian government.",
    ],
)
def test_asking_someone_to_act_or_for_something_is_a_request(text: str) -> None:
    assert event_types(text) == ["REQUEST"]
