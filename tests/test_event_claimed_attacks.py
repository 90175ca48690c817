"""An attack a group claims as its own has that group as its doer; an attack placed in a town
or province ("in Zabul province", "areas of Aleppo") hits that place's country, not the doers'
own people."""

from __future__ import annotations

from .conftest import Dyad, event_dyads


def _dyads(text: str) -> list[Dyad]:
    return event_dyads(text, date="2004-03-01")


def test_a_claimed_attack_is_the_claimants() -> None:
    dyads = _dyads("The Basque separatist group ETA claimed responsibility for the car bombing.")
    assert [(t, a) for t, a, _ in dyads] == [("ASSAULT", ["ESP"])]


def test_no_one_claiming_an_attack_names_no_doer() -> None:
    assert _dyads("No group has claimed responsibility for the bombings.") == []


def test_an_attack_noun_placed_in_a_town_hits_that_towns_country() -> None:
    dyads = _dyads("Palestinian militants staged a suicide bombing in Tel Aviv.")
    assert dyads == [("ASSAULT", ["PSE"], ["ISR"])]


def test_an_attack_in_a_named_province_hits_its_country() -> None:
    dyads = _dyads("Insurgents torched a girls' school in Zabul province.")
    assert [r for _, _, r in dyads] == [["AFG"]]


def test_a_city_ner_reads_as_a_people_is_still_the_place_struck() -> None:
    dyads = _dyads("Russian warplanes bombed rebel-held areas of Aleppo.")
    assert dyads == [("ASSAULT", ["RUS"], ["SYR"])]
