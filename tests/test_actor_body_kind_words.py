"""What kind of body a name says: an election committee is the state's election body (GOV),
not a legislative committee; a group word that owns the head noun ("People's Party") says
whose the body is, and the head noun what it is (a party: PTY, not civilians; a paper or a
school, not soldiers or envoys), save a state body's head after a force ("Police Department")."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_national_election_committee_is_government() -> None:
    text = "VIENTIANE (Reuters) - The National Election Committee rejected the complaints."
    assert actor_codes(text, "National Election Committee", date="2010-01-01") == ("LAO", "GOV")


def test_a_parliamentary_committee_stays_legislative() -> None:
    text = "OTTAWA (Reuters) - The Commons Finance Committee rejected the budget."
    assert actor_codes(text, "Commons Finance Committee", date="2010-01-01")[1] == "LEG"


def test_a_peoples_party_is_a_party() -> None:
    text = "LUSAKA (Reuters) - The United People's Party accused the government of fraud."
    assert actor_codes(text, "United People's Party", date="2010-01-01") == ("ZMB", "PTY")


def test_a_rank_inside_a_bodys_name_is_no_officer() -> None:
    hospital = "BOSTON (AP) - Norfolk General Hospital denied the claims on Monday."
    agency = "WASHINGTON (AP) - The General Services Administration denied the claims."
    sheriff = "HOUSTON (AP) - The Travis County Sheriff's Office denied the claims."
    assert actor_codes(hospital, "General Hospital", date="2016-01-01") == ("USA", "HLH")
    assert actor_codes(agency, "General Services Administration", date="2016-01-01")[1] == "GOV"
    assert actor_codes(sheriff, "The Travis County Sheriff", date="2016-01-01")[1] == "COP"


def test_a_group_word_before_a_paper_or_school_head_is_no_sector() -> None:
    paper = "Military Times criticized the general's plan on Monday, the paper said."
    school = "The poll by Mission College found that Clinton leads. Mission College criticized him."
    assert actor_codes(paper, "Military Times", date="2016-01-01")[1] == "MED"
    assert actor_codes(school, "Mission College", date="2016-01-01")[1] == "EDU"


def test_a_force_before_a_state_body_head_still_says_its_sector() -> None:
    text = "NEW YORK (AP) - The New York Police Department arrested the suspect on Monday."
    assert actor_codes(text, "New York Police Department", date="2016-01-01") == ("USA", "COP")


def test_a_force_before_a_school_head_is_the_forces_school() -> None:
    text = "The Air Force Academy hosted the minister on Monday."
    assert actor_codes(text, "Air Force Academy", date="2016-01-01")[1] == "MIL"
