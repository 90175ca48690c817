"""A person's or body's codes from the words that describe them: a body's chief lawyer is no
general, "Dr." names a physician, a common noun before an unknown organisation's name says what
kind of body it is, a party written as a foreign leader's is his country's, a voter is one of
the public."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, actor_sector


def test_a_general_counsel_is_no_army_general() -> None:
    text = (
        "DENVER (AP) -- The suit was one where Ann Kroll, a Democratic voting law scholar and "
        "general counsel to the governor's reelection campaign, sought to block the new rules."
    )
    assert actor_sector(text, "Ann Kroll") != "MIL"


def test_a_firms_general_counsel_works_for_the_firm() -> None:
    text = "DALLAS (AP) -- Mark Hollis, the general counsel of Boeing, accused the union of lying."
    assert actor_sector(text, "Mark Hollis") == "BUS"


def test_doctor_before_a_name_is_a_physician() -> None:
    text = "DENVER (AP) -- Dr. Anna Kirsch, who runs a clinic in Aurora, criticized the governor."
    assert actor_codes(text, "Anna Kirsch") == ("USA", "HLH")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "WASHINGTON (AP) -- Paul Ortega, policy director for the civil rights group Equal "
            "Justice Campaign, condemned the ruling.",
            "Paul Ortega",
            "NGO",
        ),
        (
            "WASHINGTON (AP) -- The civil rights group Equal Justice Campaign condemned it.",
            "Equal Justice Campaign",
            "NGO",
        ),
    ],
)
def test_the_kind_of_body_before_its_name_gives_its_sector(
    text: str, name: str, sector: str
) -> None:
    assert actor_sector(text, name) == sector


def test_a_party_written_as_a_foreign_leaders_is_his_countrys() -> None:
    text = (
        "WASHINGTON (AP) -- Voters in Spain went to the polls on Sunday. Prime Minister "
        "Mariano Rajoy's ruling Popular Party won the most seats but will need partners."
    )
    assert actor_codes(text, "Popular Party") == ("ESP", "PTY")


def test_a_voter_is_one_of_the_public() -> None:
    text = (
        'AUSTIN (AP) -- "He betrayed us," said Cruz constituent Tom Brandt, a Texas voter '
        "who backs Trump."
    )
    assert actor_codes(text, "Tom Brandt") == ("USA", "CVL")


def test_a_person_backed_for_an_office_is_a_candidate() -> None:
    text = (
        "WASHINGTON (AP) -- On Monday, Senator Tom Hale, who had previously "
        "endorsed Greg Dorsey for president, will headline a fundraiser."
    )
    assert actor_codes(text, "Greg Dorsey") == ("USA", "PTY")


def test_an_outlet_named_before_its_noun_is_of_the_place_it_is_in() -> None:
    text = (
        "NEW YORK (AP) -- The FBI arrested a suspect at the airport on Thursday. The Cape "
        "Argus newspaper in Cape Town reported that police accused him of the attack."
    )
    assert actor_codes(text, "Cape Argus") == ("ZAF", "MED")


def test_a_name_listed_as_an_example_of_firms_is_a_firm() -> None:
    text = (
        "CHARLESTON, W.Va. (AP) -- The legislature voted down the bill after a backlash from "
        "employers including Marriott and Hallmark."
    )
    assert actor_codes(text, "Marriott") == ("USA", "BUS")


def test_groups_for_a_cause_of_one_states_politics_are_its_own() -> None:
    text = "JEFFERSON CITY, Mo. (AP) -- Gay rights groups condemned the bill's passage."
    assert actor_codes(text, "Gay rights groups") == ("USA", "NGO")


def test_bare_human_rights_groups_still_act_for_no_state() -> None:
    text = "CAIRO (AP) -- Human rights groups condemned the arrests of the reporters."
    assert actor_codes(text, "Human rights groups") == (None, "NGO")
