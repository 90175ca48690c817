"""A party the story calls the opposition, the people who speak for it and people titled as the
opposition's are OPP; a ruling party's spokesman stays PTY."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2008-04-22"


def test_an_opposition_party_and_its_spokesman_are_the_opposition() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's opposition Orange Democratic Movement accused police of "
        'mass arrests. "This is terror," ODM spokesman Peter Mwangi said.'
    )
    assert actor_sector(text, "Orange Democratic Movement", DATE) == "OPP"
    assert actor_sector(text, "Peter Mwangi", DATE) == "OPP"


def test_an_opposition_candidate_is_the_opposition() -> None:
    text = (
        "MINSK (AP) - Opposition candidate Ivan Sadovsky called the raid a crime. Another "
        "opposition candidate, Pavel Lutsko, was arrested last week."
    )
    assert actor_sector(text, "Ivan Sadovsky", "2006-03-21") == "OPP"
    assert actor_sector(text, "Pavel Lutsko", "2006-03-21") == "OPP"


def test_a_ruling_party_spokesman_stays_a_party_man() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's opposition Orange Democratic Movement accused police of "
        "mass arrests. Party of National Unity spokesman Joseph Kamau rejected the charge."
    )
    assert actor_sector(text, "Joseph Kamau", DATE) == "PTY"


def test_one_opposed_is_not_the_opposition() -> None:
    text = (
        "WASHINGTON (AP) - The senators share little beyond their opposition to Hillary Clinton. "
        "Clinton told voters in Ohio on Monday that she would win."
    )
    assert actor_sector(text, "Hillary Clinton", "2016-07-20") == "PTY"


def test_a_pronoun_after_opposition_is_not_the_opposition() -> None:
    text = (
        "WASHINGTON (AP) - Sen. Ted Cruz ended his bid. Aides said the opposition he met from "
        "fellow Republicans was fierce, and Cruz criticized Trump on Tuesday."
    )
    assert actor_sector(text, "Ted Cruz", "2016-07-20") != "OPP"
