"""A purchase by private people or firms is commerce, not cooperation; a released work's
title frees no one."""

from __future__ import annotations

from functools import partial

from tests.conftest import event_types

_types = partial(event_types, date="2019-05-14")


def test_a_private_purchase_is_commerce() -> None:
    text = "The hotel developer Ronald Pike purchased two ski resorts in Vermont in 2011."
    assert "COOPERATE" not in _types(text)


def test_a_released_title_frees_no_one() -> None:
    text = "Next month Harbor Press will release ''The Long Road Home,'' a memoir by Senator Ames."
    assert "RETREAT" not in _types(text)


def test_released_prisoners_stay() -> None:
    assert "RETREAT" in _types("Iran released three British sailors on Friday.")
