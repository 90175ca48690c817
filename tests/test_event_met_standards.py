"""A test, a condition, a need or a payment that is "met" is a standard fulfilled, not a
party met in talks (CONSULT)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Bank covenants require that the firm meet a quarterly solvency test.",
        "The Peruvian utility met new conditions set by its lenders in March.",
        "Officials said the agency could meet the needs of the refugees in Tacna.",
    ],
)
def test_a_standard_met_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in event_types(text)


def test_a_party_met_is_still_a_meeting() -> None:
    assert "CONSULT" in event_types("The Chilean minister met Peruvian officials on Monday.")
