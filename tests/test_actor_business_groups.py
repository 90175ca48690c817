"""Business groups named by what they hold or trade: shareholders, lenders, suppliers."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize("group", ["Shareholders", "Lenders", "Subcontractors"])
def test_a_group_of_holders_or_traders_is_business(group: str) -> None:
    text = f"OSLO, Norway (AP) - {group} rejected the offer from the shipyard on Tuesday."
    assert actor_codes(text, group, "1995-03-01") == ("NOR", "BUS")
