"""Groups of many states ("world leaders", "international observers") take no one country from
a dateline; wire headlines' "N. Korea" and "S. Korea" are the two Koreas."""

from __future__ import annotations

from eventwire.actors.foreign_groups import named_from_abroad
from eventwire.model import Evidence
from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_world_leaders_take_no_datelines_country() -> None:
    (doc,) = run_texts(
        "PARIS - The summit drew world leaders to the city, where world leaders met the "
        "French president on Monday."
    )
    assert codes(actor(doc, "world leaders"))[0] is None


def test_a_war_named_by_the_world_keeps_its_veterans_home() -> None:
    def named(text: str) -> bool:
        return named_from_abroad([Evidence(start=0, end=len(text), text=text)])

    assert named("world leaders") and named("international observers")
    assert not named("World War II veterans")


def test_headline_abbreviations_of_the_koreas() -> None:
    (doc,) = run_texts("S. Korea warns N. Korea over missile launch.")
    assert codes(actor(doc, "South Korea"))[0] == "KOR"
    assert codes(actor(doc, "North Korea"))[0] == "PRK"
