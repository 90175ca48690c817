"""A group placed in a town written with its state or country ("police in Paris, Texas") is
of the qualifier's country, not that of the capital or better-known town of the name; the
qualifier is part of the place, no actor of its own."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _codes(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2016-05-02")
    return {a.name: a.country.value if a.country else None for a in result.actors}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Police in Paris, Texas detained a teenager.", "Police in Paris, Texas", "USA"),
        ("Police in London, Ontario detained a driver.", "Police in London, Ontario", "CAN"),
        (
            "Officials in Portland, Maine, criticized the plan.",
            "Officials in Portland, Maine",
            "USA",
        ),
        ("Police in Springfield, Ill., detained a driver.", "Police in Springfield, Ill.", "USA"),
        ("Police in Tbilisi, Georgia detained a driver.", "Police in Tbilisi, Georgia", "GEO"),
    ],
)
def test_a_qualified_town_gives_its_qualifiers_country(text: str, name: str, country: str) -> None:
    assert _codes(text).get(name) == country


def test_the_qualifier_is_no_actor_and_the_group_acts() -> None:
    (result,) = run_texts("Police in Mombasa, Kenya arrested two men.", date="2016-05-02")
    (event,) = result.events
    assert [p.name for p in event.actors] == ["Police in Mombasa, Kenya"]
    assert "Kenya" not in [a.name for a in result.actors]


def test_a_list_of_states_is_no_qualified_town() -> None:
    codes = _codes("Officials in Ohio, Iowa and Kansas criticized the plan.")
    assert codes.get("Officials in Ohio") == "USA"
