"""A party's members who vote in a contest are voters (CVL), not the party; voting on a bill
leaves them the party's."""

from __future__ import annotations

from tests.conftest import actor_sector

DAY = "2010-03-02"


def test_party_members_urged_to_vote_in_a_primary_are_voters() -> None:
    text = (
        "The senator's campaign sent mailers urging Democrats to cross over and vote for her "
        "in the Republican primary."
    )
    assert actor_sector(text, "Democrats", DAY) == "CVL"


def test_party_members_voting_on_a_bill_stay_the_party() -> None:
    text = "Democrats voted against the budget bill after Republicans accused them of stalling."
    assert actor_sector(text, "Democrats", DAY) == "PTY"
