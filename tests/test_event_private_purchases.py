"""A purchase by private people or firms is commerce, not cooperation; a released work's
title frees no one."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2019-05-14")
    return [e.type for e in result.events]


def test_a_private_purchase_is_commerce() -> None:
    text = "The hotel developer Ronald Pike purchased two ski resorts in Vermont in 2011."
    assert "COOPERATE" not in _types(text)


def test_a_released_title_frees_no_one() -> None:
    text = "Next month Harbor Press will release ''The Long Road Home,'' a memoir by Senator Ames."
    assert "RETREAT" not in _types(text)


def test_released_prisoners_stay() -> None:
    assert "RETREAT" in _types("Iran released three British sailors on Friday.")
