"""A membership body whose name says its members takes their kind: businesses (BUS) or
working people (a union, NGO as the table codes unions), not the state's word in its name."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "The Zambia Private Enterprise Foundation criticised the new fuel levy on Monday.",
            "Zambia Private Enterprise Foundation",
            "BUS",
        ),
        (
            "The Canadian Federation of Public Employees said it would picket the ministry.",
            "Canadian Federation of Public Employees",
            "NGO",
        ),
        (
            "The Federal Maritime Commission fined the shipping line on Monday.",
            "Federal Maritime Commission",
            "GOV",
        ),
    ],
)
def test_membership_body_sector_from_its_members(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector
