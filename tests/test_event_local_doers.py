"""Local officials as the doers of events: a county, city or state the places stage resolves
inside an actor's own mention gives its country (`events.placed_actors`), and an indefinite
title that is the doer of a passive ("was arrested by a police officer") is an actor."""

from __future__ import annotations

from .conftest import run_texts


def _doers(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2016-05-01")
    return [(p.country, p.sector) for e in result.events if e.type == kind for p in e.actors]


def test_a_county_official_takes_the_country_of_the_county_named() -> None:
    text = "A Maricopa County deputy sheriff shot a man outside a bar."
    assert ("USA", "COP") in _doers(text, "ASSAULT")


def test_a_county_judge_takes_the_country_of_the_county_named() -> None:
    text = "The petition was rejected by a Fairfax County judge."
    assert ("USA", "JUD") in _doers(text, "REJECT")


def test_the_indefinite_doer_of_a_passive_is_an_actor() -> None:
    text = "The student was arrested by a police officer on Friday."
    assert [sector for _, sector in _doers(text, "COERCE")] == ["COP"]


def test_local_legislators_and_boards_are_coded_as_such() -> None:
    text = (
        "DENVER (AP) -- Council members denounced the governor. Assemblywoman Rita Ames "
        "praised the mayor. The board of supervisors rejected the mayor's request."
    )
    (result,) = run_texts(text, date="2016-05-01")
    doers = {(e.type, p.country, p.sector) for e in result.events for p in e.actors}
    assert {("ACCUSE", "USA", "LEG"), ("SUPPORT", "USA", "LEG"), ("REJECT", "USA", "GOV")} <= doers
