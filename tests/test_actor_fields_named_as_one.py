"""A whole field of actors named by its singular mass noun is one group actor: "law
enforcement" is the police (COP), "the private sector" the firms (BUS), as "the police" is."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The governor said law enforcement must find the arsonists.", "law enforcement", "COP"),
        ("The mayor thanked law enforcement for its quick work.", "law enforcement", "COP"),
        ("The senator urged the private sector to train more nurses.", "the private sector", "BUS"),
    ],
)
def test_a_field_named_as_one_is_a_group(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector
