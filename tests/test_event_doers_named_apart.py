"""Doers and targets named apart from the act's own phrases: the one a reduced passive is done
to ("rebels suspected of bombing X"), an act noun's "by" phrase hung on the verb governing it,
and the group a military site is named by ("rebel positions")."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_those_suspected_of_an_act_are_its_doers() -> None:
    (r,) = run_texts(
        "Police arrested the militants suspected of bombing the Indian embassy in Kabul."
    )
    bombing = event_at(r, "bombing")
    assert _names(bombing.actors) == {"the militants"}
    assert countries_of(bombing.recipients) == {"IND"}


def test_those_suspected_of_kidnapping_foreigners_are_its_doers() -> None:
    (r,) = run_texts(
        "Kenyan police arrested the gunmen suspected of kidnapping two Italian aid workers."
    )
    kidnapping = event_at(r, "kidnapping")
    assert _names(kidnapping.actors) == {"the gunmen"}
    assert countries_of(kidnapping.recipients) == {"ITA"}


def test_a_by_phrase_the_parse_hangs_on_the_verb_names_the_acts_doers() -> None:
    (r,) = run_texts("The Colombian army repelled an offensive by FARC guerrillas on Sunday.")
    assert _names(event_at(r, "offensive").actors) == {"FARC guerrillas"}


def test_a_light_verbs_subject_still_does_the_act() -> None:
    (r,) = run_texts("Turkish troops launched an offensive against Kurdish rebels in Iraq.")
    assert countries_of(event_at(r, "offensive").actors) == {"TUR"}


def test_sites_named_by_their_group_are_the_groups() -> None:
    (r,) = run_texts("Ugandan troops attacked rebel positions in Sudan on Friday.")
    attack = event_at(r, "attacked")
    assert {(p.country, p.sector) for p in attack.recipients} == {("SDN", "REB")}


def test_a_demonym_on_a_held_site_gives_the_groups_country() -> None:
    (r,) = run_texts("Iranian drones struck Afghan militant camps near the border.")
    assert {(p.country, p.sector) for p in event_at(r, "struck").recipients} == {("AFG", "REB")}
