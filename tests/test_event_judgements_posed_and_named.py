"""A speaker's judgement of a party with no word of blame for a trigger (judge37): a wrong the
party is said to pose or constitute ("said Ortega poses a threat to the farmers") accuses it
as "is a threat" does, unless denied ("poses no threat", "is no liar"); a naming verb's small
clause ("called Ortega's budget reckless", "termed her remarks irresponsible") and a body's or
a person's name before what it said ("the AP report") aim the blame at whoever owns the thing."""

from __future__ import annotations

import pytest

from tests.conftest import judged_sides


def test_a_wrong_a_party_is_said_to_pose_accuses_it() -> None:
    text = "Senator Luis Ortega said Governor Dana Price poses a threat to the state's farmers."
    assert judged_sides(text) == [("ACCUSE", ["Luis Ortega"], ["Dana Price"])]
    text = "Senator Luis Ortega said Governor Dana Price's decree constitutes an abuse of power."
    assert judged_sides(text) == [("ACCUSE", ["Luis Ortega"], ["Dana Price"])]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Luis Ortega said Governor Dana Price poses no threat to the state's farmers.",
        "Senator Luis Ortega said Governor Dana Price is no liar.",
        "Senator Luis Ortega said the drought poses a threat to the state's farmers.",
    ],
)
def test_a_wrong_denied_or_posed_by_no_party_blames_no_one(text: str) -> None:
    assert judged_sides(text) == []


@pytest.mark.parametrize(
    ("text", "namer", "owner"),
    [
        ("Senator Mark Hill called Governor Ann Cole's plan reckless.", "Mark Hill", "Ann Cole"),
        (
            "Senator Luis Ortega termed Governor Dana Price's remarks irresponsible.",
            "Luis Ortega",
            "Dana Price",
        ),
        # a quoted name: the parser hangs the one named on it as an adverbial noun
        ('Senator Mark Hill called Governor Ann Cole "reckless."', "Mark Hill", "Ann Cole"),
        (
            'Senator Luis Ortega answered, calling Governor Dana Price\'s claim "absurd" and '
            '"cynical."',
            "Luis Ortega",
            "Dana Price",
        ),
    ],
)
def test_a_naming_of_a_party_s_act_blames_its_owner(text: str, namer: str, owner: str) -> None:
    assert judged_sides(text) == [("ACCUSE", [namer], [owner])]


def test_a_named_author_before_what_it_said_is_blamed() -> None:
    text = "Campaign spokesman Luis Ortega said the Reuters report was misleading."
    assert judged_sides(text) == [("ACCUSE", ["Luis Ortega"], ["Reuters"])]
    text = "Senator Luis Ortega said the Iran deal was a disaster."  # a place owns no deal
    assert judged_sides(text) == []
