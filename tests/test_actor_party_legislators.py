"""A party's members named by the party alone act as legislators (LEG) when the text seats them
in a legislature ("Republicans on the committee"); otherwise they stay the party's (PTY)."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2009-03-05"


def test_party_members_seated_on_a_committee_are_legislators() -> None:
    text = (
        "WASHINGTON (AP) - The Senate Finance Committee voted 12-11 to approve the bill. "
        "Republicans on the committee accused the administration of hiding costs."
    )
    assert actor_sector(text, "Republicans", DATE) == "LEG"


def test_bare_party_members_in_a_committee_story_stay_the_party() -> None:
    text = (
        "WASHINGTON (AP) - The House Armed Services Committee voted 30-25 to subpoena the "
        "contractor. The chairman accused Democrats of hiding the costs."
    )
    assert actor_sector(text, "Democrats", DATE) == "PTY"


def test_party_members_in_an_election_story_stay_the_party() -> None:
    text = (
        "COLUMBIA, S.C. (AP) - An ad before the South Carolina primary accuses Democrats of "
        "planning to raise taxes."
    )
    assert actor_sector(text, "Democrats", DATE) == "PTY"
