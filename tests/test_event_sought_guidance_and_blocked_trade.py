"""Seeking guidance or assurances from another party is a request, and blocking a country's
trade or shipments is a sanction, where blocking a road stays a protest."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said Peru is seeking guidance from the council about the embargo.",
        "Ankara sought assurances from Washington that the troops would leave.",
    ],
)
def test_seeking_guidance_or_assurances_is_a_request(text: str) -> None:
    assert "REQUEST" in event_types(text)


def test_blocking_a_countrys_trade_is_a_sanction() -> None:
    text = "The Turkish navy has sent frigates to block Syrian trade in the eastern Mediterranean."
    assert "SANCTION" in event_types(text)


def test_blocking_a_road_is_no_sanction() -> None:
    types = event_types("Farmers blocked the road to the airport in Lille.")
    assert "SANCTION" not in types
