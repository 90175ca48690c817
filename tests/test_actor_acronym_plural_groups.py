"""An acronym's plural from the group lexicon ("NGOs", "PACs") names a group bare, as any
plural group noun does, though the tagger reads it as a name; one body's acronym does not."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Foreign-funded NGOs condemned the new law on Monday.", "Foreign-funded NGOs", "NGO"),
        ("The senator said wealthy PACs attacked him.", "wealthy PACs", "PTY"),
    ],
)
def test_an_acronym_plural_is_a_group(text: str, name: str, sector: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert {a.name: a.sector_code for a in result.actors}.get(name) == sector


def test_a_lone_acronym_is_no_plural_group() -> None:
    (result,) = run_texts("The NGO condemned the new law on Monday.", date="2016-05-02")
    assert all(a.type.value != "group" for a in result.actors)
