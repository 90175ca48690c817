"""A patient released from a hospital is discharged, not a captive freed (RETREAT); a release
from prison, or of hostages after a hospital was attacked, stays a release."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister was released from the hospital on Monday.",
        "The Peruvian minister was rushed to a clinic. She was released the next day.",
    ],
)
def test_a_patient_discharged_is_no_release(text: str) -> None:
    assert "RETREAT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister was released from prison on Monday.",
        "Rebels attacked a hospital in Cusco. The Peruvian hostages were released on Monday.",
    ],
)
def test_a_captive_freed_is_a_release(text: str) -> None:
    assert "RETREAT" in event_types(text)
