"""A state organ named with its country ("Latvia's border service", "the Estonian border
guard", "Serbia's customs service", "Uzbek guards") is its own actor with the organ's sector,
not the country. An acronym that an apposition describes as a body ("UNMIK, the U.N. mission
in Kosovo") is one actor under the acronym: an IGO of no state when the description names an
international body; the state after "in" is its host."""

from __future__ import annotations

from .conftest import run_texts


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2019-04-10")
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def _sources(text: str) -> list[list[str]]:
    (result,) = run_texts(text, date="2019-04-10")
    return [[a.name for a in e.actors] for e in result.events]


def test_a_countrys_border_service_is_a_military_organ() -> None:
    codes = _codes("Latvia's border service accused Russian soldiers of cutting a fence.")
    assert codes["Latvia's border service"] == ("LVA", "MIL")


def test_a_demonym_border_guard_is_not_the_country() -> None:
    codes = _codes("The Estonian border guard accused Russia of sending migrants to the river.")
    assert codes["Estonian border guard"] == ("EST", "MIL")


def test_a_customs_service_is_a_civil_organ() -> None:
    codes = _codes("Serbia's customs service accused Kosovo officials of blocking trucks.")
    assert codes["Serbia's customs service"] == ("SRB", "GOV")


def test_bare_guards_of_a_state_are_military_and_security_guards_stay_business() -> None:
    codes = _codes("Kazakh security guards said Uzbek guards detained two traders.")
    assert codes["Uzbek guards"] == ("UZB", "MIL")
    assert codes["Kazakh security guards"] == ("KAZ", "BUS")


def test_an_acronym_described_as_a_un_mission_is_one_igo_actor() -> None:
    text = "UNMIK, the U.N. mission in Kosovo, condemned the attack on a Serbian church."
    codes = _codes(text)
    assert codes["UNMIK"] == (None, "IGO")
    assert _sources(text) == [["UNMIK"]]


def test_an_acronym_ner_misses_is_found_by_its_description() -> None:
    text = "UNFICYP, the U.N. force in Cyprus, urged Turkey to withdraw its troops from the zone."
    assert _codes(text)["UNFICYP"] == (None, "IGO")
    assert _sources(text)[0] == ["UNFICYP"]


def test_a_description_without_an_acronym_stays_as_it_was() -> None:
    codes = _codes("The U.N. mission in Liberia condemned the killing of two police officers.")
    assert codes["U.N. mission"] == (None, "IGO")


def test_a_wire_datelines_spaced_dash_leaves_the_demonyms_to_their_groups() -> None:
    codes = _codes(
        "TALLINN, May 3 (Reuters) - Estonian and Latvian border guards detained four smugglers."
    )
    assert codes["Estonian border guards"] == ("EST", "MIL")
    assert codes["Latvian border guards"] == ("LVA", "MIL")


def test_a_hyphen_still_joins_a_state_to_the_word_it_leads() -> None:
    assert _codes("US-led forces struck targets near the town.")["US-led forces"] == ("USA", "MIL")


def test_herders_of_a_people_are_its_civilians_not_its_state() -> None:
    codes = _codes("Chadian soldiers detained three Sudanese herders near the frontier.")
    assert codes["Sudanese herders"] == ("SDN", "CVL")
