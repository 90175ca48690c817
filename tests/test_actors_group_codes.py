"""Groups: relatives, parties, supporters, victims, refugees, committees and faiths, and the
country and sector each takes."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors import actor, codes


def test_a_named_persons_relatives_and_team_take_the_persons_country() -> None:
    (r,) = run_texts(
        "British diplomat Tom Hale was abducted. Hale's mother appealed for his release. "
        "The family of Hale thanked the police. Hale's team kept clearing mines."
    )
    assert codes(actor(r, "Hale's mother"))[:2] == ("GBR", None)
    assert codes(actor(r, "family of Hale"))[0] == "GBR"
    assert codes(actor(r, "Hale's team"))[:2] == ("GBR", "GOV")
    assert actor(r, "Tom Hale").type.value == "person"


def test_a_great_uncle_is_the_persons_relative_and_the_doer_of_his_own_acts() -> None:
    (r,) = run_texts(
        "MIAMI _ British diplomat Tom Hale was abducted. Hale's great-uncle vowed to continue "
        "the battle."
    )
    uncle = actor(r, "Hale's great-uncle")
    assert codes(uncle)[:2] == ("GBR", None)
    (vow,) = [e for e in r.events if e.trigger.text == "vowed"]
    assert [p.actor_id for p in vow.actors] == [uncle.id]


def test_relatives_named_with_their_town_take_the_towns_country_not_the_persons() -> None:
    (r,) = run_texts(
        "British diplomat Tom Hale was abducted. Hale's Chicago relatives appealed for his "
        "release. Hale's relatives in London thanked the police."
    )
    assert codes(actor(r, "Hale's Chicago relatives"))[0] == "USA"
    assert codes(actor(r, "Hale's relatives"))[0] == "GBR"


def test_parties_and_victims_are_groups_of_the_datelines_country() -> None:
    (r,) = run_texts(
        "NAIROBI, Kenya (AP) _ Opposition parties boycotted the vote. The ruling party accused "
        "them. The victims' families sued the government."
    )
    assert codes(actor(r, "Opposition parties"))[:2] == ("KEN", "OPP")
    assert codes(actor(r, "The ruling party"))[:2] == ("KEN", "PTY")


def test_supporters_of_a_named_person_are_a_group_of_the_persons_country() -> None:
    (r,) = run_texts("British diplomat Tom Hale left. Supporters of Tom Hale protested.")
    assert codes(actor(r, "Supporters of Tom Hale"))[:2] == ("GBR", "CVL")


def test_an_igo_takes_no_home_country_and_refugees_are_civilians() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ The Organization of American States condemned the coup. "
        "Syrian refugees were resettled in Texas."
    )
    assert codes(actor(r, "Organization of American States"))[:2] == (None, "IGO")
    assert codes(actor(r, "Syrian refugees"))[:2] == ("SYR", "CVL")


def test_a_group_named_with_a_state_or_province_is_of_its_country() -> None:
    (r,) = run_texts("The Arkansas legislature passed the bill. Texas police arrested two men.")
    assert codes(actor(r, "Arkansas legislature"))[:2] == ("USA", "LEG")
    assert codes(actor(r, "Texas police"))[:2] == ("USA", "COP")


def test_a_committee_of_a_national_institution_takes_its_sector() -> None:
    (r,) = run_texts("WASHINGTON (AP) _ The Senate Judiciary Committee rejected the nominee.")
    assert codes(actor(r, "Senate Judiciary Committee"))[:2] == ("USA", "LEG")


def test_followers_of_a_faith_are_a_religious_group_of_no_state() -> None:
    (r,) = run_texts("WASHINGTON (AP) _ Muslims and Christians prayed together.")
    assert codes(actor(r, "Muslims"))[:2] == (None, "REL")
    assert codes(actor(r, "Christians"))[:2] == (None, "REL")
