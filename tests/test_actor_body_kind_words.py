"""What kind of body a name says: an election committee is the state's election body (GOV),
not a legislative committee; a group word that owns the head noun ("People's Party") says
whose the body is, and the head noun what it is (a party: PTY, not civilians)."""

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
