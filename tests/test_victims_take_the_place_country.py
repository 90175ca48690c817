"""Unnamed victims of a named attacker take the country of the place the attack happened in."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _countries(participants: list) -> set[str]:
    return {p.country for p in participants if p.country}


def test_victims_of_an_attack_abroad_are_the_places_not_the_attackers() -> None:
    (r,) = run_texts("A PKK raid in Mosul killed four villagers.")
    assert _countries(event_at(r, "killed").recipients) == {"IRQ"}
    assert _countries(event_at(r, "killed").actors) == {"TUR"}


def test_victims_whose_nationality_is_told_keep_it() -> None:
    (r,) = run_texts("A Hamas rocket attack in Ashkelon killed three Thai workers.")
    assert _countries(event_at(r, "killed").recipients) == {"THA"}


def test_an_attack_at_home_keeps_the_domestic_convention() -> None:
    (r,) = run_texts("Pakistani troops killed six militants in Waziristan.")
    assert _countries(event_at(r, "killed").recipients) == {"PAK"}


def test_victims_of_no_named_attacker_keep_no_country() -> None:
    (r,) = run_texts("The bombings at the British embassy in Nairobi killed 40 people.")
    assert "KEN" not in _countries(event_at(r, "killed").recipients)


def test_a_building_whose_own_words_tell_its_country_keeps_it() -> None:
    (r,) = run_texts("Gunmen attacked a French army base in Chad on Tuesday.")
    assert _countries(event_at(r, "attacked").recipients) == {"FRA"}
