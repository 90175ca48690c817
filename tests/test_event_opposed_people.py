"""Opposing a person of one's own politics ("fiercely opposed Senator Lopez", "their opposition
to Governor Reyes") is disapproval of that person (ACCUSE); opposing a measure, or a state
opposing a foreign ruler, stays a rejection (REJECT)."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Radio host Dan Miller fiercely opposed Senator Maria Lopez during the Democratic"
            " primaries.",
            ("ACCUSE", "opposed"),
        ),
        (
            "The conservative magazine has been loud in its opposition to Senator Maria Lopez.",
            ("ACCUSE", "opposition"),
        ),
        ("Senator Maria Lopez opposed the tax bill in the Senate.", ("REJECT", "opposed")),
        (
            "President Karimov, aided by the Russians and opposed by the United States, held on"
            " to power in Tashkent.",
            ("REJECT", "opposed"),
        ),
    ],
)
def test_opposing_a_person_is_disapproval(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed_triggers(text)
