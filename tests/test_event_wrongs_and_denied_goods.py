"""A speaker who tells a party doing a wrong in itself (selling access or favours, abusing an
office, pandering, stonewalling) or denies it any good done ("has never done anything for us")
accuses that party; the same words of a thing sold, a person abused, or inaction that clears
the party or is the speaker's own accuse no one."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            '"The Latvian premier sold access to his office," the Estonian minister said.',
            "EST",
            "LVA",
        ),
        (
            "The Peruvian minister said Bolivia's president had sold favours to mining firms.",
            "PER",
            "BOL",
        ),
        (
            '"The Slovak premier has abused his power," the Czech foreign minister said.',
            "CZE",
            "SVK",
        ),
        (
            "The Greek premier said Ankara had stonewalled the Cyprus inquiry for months.",
            "GRC",
            "TUR",
        ),
        (
            '"Budapest is pandering to the far right," the Austrian chancellor said.',
            "AUT",
            "HUN",
        ),
        (
            '"Norway has never done anything for our fishermen," the Icelandic minister said.',
            "ISL",
            "NOR",
        ),
        ("The Thai minister said Cambodia had done nothing for the refugees.", "THA", "KHM"),
    ],
)
def test_a_wrong_or_a_denied_good_accuses_the_doer(text: str, source: str, target: str) -> None:
    assert ("ACCUSE", [source], [target]) in event_dyads(text, date="2016-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian minister said the firm had sold its shares to a Swedish bank.",
        "The Irish premier said Dublin had done nothing wrong in the talks.",
        '"We have done nothing for the fishermen yet," the Icelandic minister said.',
        "The Chilean minister said the club sold tickets to the final.",
    ],
)
def test_plain_sales_and_cleared_or_own_inaction_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text, date="2016-05-02")


def test_abusing_people_stays_an_assault() -> None:
    text = "Guards abused the prisoners at the camp, the Kenyan rights group said."
    assert "ASSAULT" in event_types(text, date="2016-05-02")
