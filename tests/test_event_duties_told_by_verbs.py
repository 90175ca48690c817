"""A duty told by a verb of duty ("has to", "needs to", "has got to"), a speaker's own hope
that a named party act, or a time said to have come for a named party to act ("it is time for
Congress to act") is a demand (REQUEST) on that party, as "must" is; a possible, past,
questioned or general need, and a time for the speaker's own side or a chance ("there is still
time for"), and what one "needs to say" named as a thing ("says whatever he needs to say"), is
none."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides


@pytest.mark.parametrize(
    "text",
    [
        '"The interior minister needs to step aside," the opposition leader said in Nairobi.',
        "The Ghanaian president said Togo has to reopen the border crossings.",
        'The mayor was blunt. "I think he has got to clean up this mess," Lopez said.',
        '"I hope the rebels will release the hostages before Sunday," the bishop said.',
        "“Togo’s leaders erred. They’ve got to reopen the border,” the Ghanaian minister said.",
    ],
)
def test_a_duty_or_hope_laid_on_a_party_is_a_demand(text: str) -> None:
    assert "REQUEST" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the ferry company had to cancel its sailings last week.",
        "Analysts said the central bank may have to raise rates again.",
        '"You have to understand how hard this harvest was," the farmer said.',
        '"Does he really need to ask why we stayed home?" the widow said.',
        '"I hope it will rain before the planting season," the farmer said.',
        'Mayor Lopez said Senator Ruiz "says whatever he needs to say to get elected."',
    ],
)
def test_a_possible_past_or_general_need_is_no_demand(text: str) -> None:
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            '"It is time for Congress to stop playing politics with the budget," Governor Rick'
            " Scott said in a statement.",
            "Congress",
        ),
        ("The Ghanaian president said it is time for Togo to reopen the border.", "Togo"),
    ],
)
def test_a_time_come_for_a_party_to_act_is_a_demand_on_it(text: str, asked: str) -> None:
    assert asked in named_sides(text, "REQUEST")[1]


@pytest.mark.parametrize(
    "text",
    [
        'Some farmers in Laredo say: "It\'s time for us to sell the land."',
        '"There is still time for Cruz to build bridges with the senators," the aide said.',
    ],
)
def test_a_time_for_the_speakers_side_or_a_chance_is_no_demand(text: str) -> None:
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"It is not time for Congress to act on the budget," Senator McConnell said.',
        "The Ghanaian president said it would be time for Togo to reopen the border if the"
        " rebels disarmed.",
    ],
)
def test_a_time_denied_or_hung_on_a_condition_is_no_demand(text: str) -> None:
    assert "REQUEST" not in event_types(text)
