"""A purchase by private people or firms is commerce, not cooperation, and so is a firm's
agreement to buy or sell; a released work's title frees no one."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import event_types

_types = partial(event_types, date="2019-05-14")


def test_a_private_purchase_is_commerce() -> None:
    text = "The hotel developer Ronald Pike purchased two ski resorts in Vermont in 2011."
    assert "COOPERATE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Industries agreed to sell its paper mill to Brantley Corp. for $40 million.",
        "Halvard Industries agreed to be acquired by Brantley Corp.",
    ],
)
def test_a_firms_agreement_to_sell_is_commerce(text: str) -> None:
    assert "AGREE" not in _types(text)


def test_a_states_agreement_to_buy_stays() -> None:
    assert "AGREE" in _types("Japan agreed to buy more American rice on Friday.")


def test_buying_time_is_no_commerce() -> None:
    assert "AGREE" in _types("The rebels agreed to a truce to buy time.")


def test_a_released_title_frees_no_one() -> None:
    text = "Next month Harbor Press will release ''The Long Road Home,'' a memoir by Senator Ames."
    assert "RETREAT" not in _types(text)


def test_released_prisoners_stay() -> None:
    assert "RETREAT" in _types("Iran released three British sailors on Friday.")
