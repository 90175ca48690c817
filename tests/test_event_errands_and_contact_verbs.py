"""Praise said in a contact is an act of its own, as a demand is ("talked to reporters to
praise the governor"); a check-in with someone is a consultation; "take out" a person or a
group is to kill them, where a mortgage or an ad taken out is no act and troops taken out are
withdrawn; clearing a merger or a
takeover approves it, clearing a road approves nothing."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides, run_texts


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The mayor went out of his way in speaking to reporters to praise the governor's"
            " handling of the floods.",
            ["SUPPORT"],
        ),
        (
            "The Kenyan foreign minister met the Ugandan ambassador on Monday to praise"
            " Uganda's help at the border.",
            ["CONSULT", "SUPPORT"],
        ),
        (
            "Aides to the senator checked in with the governor's staff on Monday about the budget.",
            ["CONSULT"],
        ),
        ("He checked in at the hotel in Denver on Friday.", []),
        ("The general said his troops would take out the rebel commanders.", ["ASSAULT"]),
        ("He took out a second mortgage on his house last year.", []),
        ("The campaign took out a full-page ad in the local paper.", []),
        ("The premier said he took the soldiers out because the mission was over.", ["RETREAT"]),
        ("European regulators cleared the merger of the two airlines on Monday.", ["SUPPORT"]),
        ("Police cleared the road in Nairobi after the storm.", []),
    ],
)
def test_contacts_and_phrasal_acts(text: str, expected: list[str]) -> None:
    assert event_types(text) == expected


def test_troops_taken_out_of_a_country_leave_it() -> None:
    text = "President Obama took the troops out of Iraq in 2011."
    assert named_sides(text, "RETREAT") == (["Barack Obama"], ["Iraq"])


def test_praise_in_a_press_contact_names_whom_it_praises() -> None:
    (result,) = run_texts(
        "Senator Jane Holloway spoke to reporters on Tuesday to praise Governor Tom Reyes."
    )
    praise = next(e for e in result.events if e.type == "SUPPORT")
    assert [p.name for p in praise.recipients] == ["Tom Reyes"]
