"""A source asking not to be named is the reporter's sourcing, not an appeal."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "An official, who requested anonymity to discuss the talks, said Iran would attend.",
        "An aide, who asked for anonymity, said Clinton would attend the summit.",
    ],
)
def test_asking_for_anonymity_is_no_request(text: str) -> None:
    assert "REQUEST" not in event_types(text)


def test_asking_a_party_for_an_act_stays_a_request() -> None:
    assert "REQUEST" in event_types("Iran requested a meeting with the UN envoy on Monday.")
