"""Pursuing or following up tips and leads is an investigation (ACCUSE, CAMEO 090); pursuing a
strategy or following up a promise is not."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Detectives in La Paz say they are pursuing dozens of tips from callers.",
        "Peruvian police followed up more than 100 leads on Monday.",
    ],
)
def test_leads_pursued_are_an_investigation(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_a_strategy_pursued_is_no_event() -> None:
    assert event_types("The Chilean company is pursuing a new strategy.") == []
