"""Backing of a law, a policy or an idea told in a relative clause describes the backer (no act
toward anyone); backing of people or of their things, and backing in a main clause, stay acts."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, a former adviser who supported a tough water policy, spoke on Tuesday.",
        "The mayor read out the housing policy that she supported in 2007.",
        "Tom Diaz, who championed the zoning reforms, joined the council.",
    ],
)
def test_backing_a_policy_in_a_relative_clause_is_no_act(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, who supported Senator Ted Cruz in the primary, spoke on Tuesday.",
        "She gave money to the group that backed the presidential bid of Governor Scott Walker.",
        "The governor said he supports the mayor's water policy.",
    ],
)
def test_backing_people_or_in_a_main_clause_stays(text: str) -> None:
    assert "SUPPORT" in event_types(text)
