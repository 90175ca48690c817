"""A duty put in the future by a named speaker (recall31): "he will have to", "she's going to
have to" said of another party is a demand on it, as "he has to" is; the speaker's own duty
("we are going to have to win"), a possible or conditional need ("he may have to", "if he
loses, he will have to") and a foreseen one ("will need to adapt") are none."""

from __future__ import annotations

import pytest

from .conftest import named_sides, typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        '"The governor is going to have to resign," said Senator Kline.',
        "Senator Kline said the governor will have to answer for the scandal.",
    ],
)
def test_future_duty_on_another_party_is_a_demand(text: str) -> None:
    assert ("REQUEST", "said") in typed_triggers(text)
    assert named_sides(text, "REQUEST")[1]


@pytest.mark.parametrize(
    "text",
    [
        '"We are going to have to win Ohio," said Senator Kline.',
        "Senator Kline said the governor may have to answer for the scandal.",
        '"If he loses the vote, the governor will have to resign," Kline said.',
        '"The industry will need to adapt to the new rules," Kline said.',
    ],
)
def test_own_or_possible_duty_is_no_demand(text: str) -> None:
    assert "REQUEST" not in [t for t, _ in typed_triggers(text)]
