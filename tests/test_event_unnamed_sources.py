"""A source who asks not to be named or identified is the reporter's sourcing formula, no
appeal to any party; asking a party to name someone, or not to be rushed, stays a request."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_types

_types = partial(event_types, date="1999-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "A customs officer, who asked not to be named, said the cargo was seized at dawn.",
        "An engineer who asked not to be identified said the dam was never inspected.",
        "A banker who requested not to be quoted said the loan was late.",
    ],
)
def test_asking_not_to_be_named_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan asked the inquiry to name the officers who fired.",
        "The minister asked not to be rushed into a decision on the treaty.",
    ],
)
def test_other_asks_stay_requests(text: str) -> None:
    assert "REQUEST" in _types(text)
