"""A mission named for the state it is sent to, with no sending state in its name ("Regional
Assistance Mission to Nauru", "Multinational Stabilisation Mission in East Timor"), is many
states': an IGO of no country, not the host's government. A state's own mission ("the Brazilian
mission in Haiti") stays that state's. A bracketed acronym built from syllables ("AMISOM")
names the mission before it."""

from __future__ import annotations

from .conftest import run_texts


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2006-06-02")
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def test_a_mission_to_a_state_named_by_no_sender_is_an_igo() -> None:
    codes = _codes("The Multinational Stabilisation Mission in East Timor accused the rebels.")
    assert codes["Multinational Stabilisation Mission"] == (None, "IGO")


def test_a_states_own_mission_keeps_its_state() -> None:
    codes = _codes("The Brazilian mission in Haiti condemned the attack on its patrol.")
    assert codes["Brazilian mission"] == ("BRA", "GOV")


def test_a_syllable_acronym_in_brackets_is_the_mission_before_it() -> None:
    codes = _codes(
        "The African Union Mission in Sudan (AMISUD) accused the militia of burning a village."
    )
    assert "AMISUD" not in codes
