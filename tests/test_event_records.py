"""Destroying papers or accounts coerces no one; destroying homes or villages coerces their
owners."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "He flew to Syria, burned his U.S. passport and joined the group.",
        "Such bags are typically used to destroy classified documents.",
        "The aides burn up their email accounts gaming out plans.",
    ],
)
def test_destroying_records_is_no_coercion(text: str) -> None:
    assert "COERCE" not in event_types(text)


def test_destroying_homes_stays_coercion() -> None:
    assert "COERCE" in event_types("Soldiers destroyed 40 homes in the town on Monday.")
