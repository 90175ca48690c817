"""A title held in a known body whose name NER tags only in part: "National Committee" cut
from a party's committee is the party's (PTY), not a legislature's committee (LEG)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The vote was close on Tuesday.\n\nRepublican National Committee spokeswoman Mara"
            " Lindell called the ruling a win for voters.",
            "Mara Lindell",
        ),
        (
            "Turnout was low in the rain.\n\nDemocratic National Committee spokesman Owen"
            " Hartley said the party would appeal.",
            "Owen Hartley",
        ),
    ],
)
def test_a_spokesperson_of_a_party_committee_is_the_partys(text: str, name: str) -> None:
    assert actor_sector(text, name) == "PTY"
