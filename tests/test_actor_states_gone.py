"""A state that is gone (Czechoslovakia, Yugoslavia) named in a later article is coded and placed
as the rules code states of the article's day: Czechoslovakia in 1999 is the Czech Republic
(CZE), in 1990 Czechoslovakia (CSK); Yugoslavia in 1999 still existed (YUG), and as a place it
lies where Serbia does."""

from __future__ import annotations

import pytest

from eventwire.model import ActorType

from .conftest import run_texts

TEXT = "Czechoslovakia protested after Yugoslavia closed the border."


def _countries(day: str) -> tuple[dict[str, str | None], dict[str, str | None]]:
    (result,) = run_texts(TEXT, date=day)
    actors = {a.name: a.country_code for a in result.actors if a.type == ActorType.COUNTRY}
    return actors, {p.evidence.text: p.country for p in result.places}


@pytest.mark.parametrize(("day", "czech"), [("1999-03-12", "CZE"), ("1990-03-12", "CSK")])
def test_czechoslovakia_by_the_day(day: str, czech: str) -> None:
    actors, places = _countries(day)
    assert czech in actors.values()
    assert places["Czechoslovakia"] == czech


def test_yugoslavia_placed_where_serbia_lies() -> None:
    (result,) = run_texts(TEXT, date="1999-03-12")
    place = next(p for p in result.places if p.evidence.text == "Yugoslavia")
    assert place.country == "YUG"
    assert place.lat is not None and abs(place.lat - 44.0) < 1


def test_canada_at_its_geonames_point() -> None:
    (result,) = run_texts("Ottawa said Canada would join the talks.", date="2016-04-01")
    canada = next(p for p in result.places if p.evidence.text == "Canada")
    assert (round(canada.lat), round(canada.lon)) == (60, -114)
