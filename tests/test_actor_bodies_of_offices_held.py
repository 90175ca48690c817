"""A body of no known kind takes the kind an office held in it says: an executive director's
body is a non-profit (NGO), a chief executive's a firm (BUS); a known body keeps its own."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "body", "sector"),
    [
        (
            '"The rule hurts families," said Lena Ortiz, executive director of the Harbor '
            "Hope Movement.",
            "Harbor Hope Movement",
            "NGO",
        ),
        (
            '"Prices will fall," said Dana Pike, chief executive of the Brightwave Group.',
            "Brightwave Group",
            "BUS",
        ),
    ],
)
def test_an_unknown_body_takes_the_kind_of_office_held_in_it(
    text: str, body: str, sector: str
) -> None:
    assert actor_sector(text, body) == sector


def test_a_known_body_keeps_its_sector() -> None:
    text = '"Prices will fall," said Dana Pike, executive director of the Justice Department.'
    assert actor_sector(text, "Justice Department") == "GOV"
