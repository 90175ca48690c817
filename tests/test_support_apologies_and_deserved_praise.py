"""Support told in more words: regretting one's own remarks is an apology to whom they were
about; "X deserves credit" is praise by whoever says it; a passive nomination or confirmation
("who was nominated by the president") backs the one named; coming to someone's support
backs them. Sorrow, opinions and things stay no event."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides, run_texts


def _sides(text: str, type_: str = "SUPPORT") -> tuple[list[str], list[str]]:
    return named_sides(text, type_)


def test_regretting_own_remarks_is_an_apology_to_their_subject() -> None:
    text = "Senator Jane Harlow said she regretted her remarks about Governor Pete Nolan."
    assert _sides(text) == (["Jane Harlow"], ["Pete Nolan"])


def test_deserving_credit_is_praise_by_the_speaker() -> None:
    text = "Governor Carl Ames said Mayor Rita Lowe deserves credit for the cleanup."
    assert _sides(text) == (["Carl Ames"], ["Rita Lowe"])
    (result,) = run_texts(text, date="2016-05-02")
    assert next(e for e in result.events if e.type == "SUPPORT").modality == "occurred"


def test_passive_nomination_backs_the_nominee() -> None:
    text = "Paul Vance, who was nominated by President George Hall in 2009, resigned on Monday."
    assert _sides(text) == (["George Hall"], ["Paul Vance"])


def test_coming_to_someones_support_backs_them() -> None:
    assert _sides("Two senators came to Warren's support on Tuesday.")[1] == ["Elizabeth Warren"]


@pytest.mark.parametrize(
    "text",
    [
        "The family regrets the loss of its home.",  # sorrow, no apology
        "He deserves credit for that.",  # the writer's opinion: no one praises
        '"I deserve credit for this," Governor Dan Marsh said.',  # self-praise
        "Governor Dan Marsh said he deserves credit for the deal.",  # self-praise
        "The report was confirmed by officials on Monday.",  # a fact confirmed, no nominee
        "The senator deserves a raise, the union said.",  # no praise deserved
        "Pastor Linda Sanders was hit several times on Monday.",  # blows, no criticism
    ],
)
def test_other_senses_stay_no_support(text: str) -> None:
    assert not {"SUPPORT", "ACCUSE"} & set(event_types(text))


@pytest.mark.parametrize(
    "text,backer,backed",
    [
        ("Senator Ruth Kemp stood up for Governor Dan Marsh on Monday.", "Ruth Kemp", "Dan Marsh"),
        ("Senator Ruth Kemp rallied to Governor Dan Marsh's side.", "Ruth Kemp", "Dan Marsh"),
        ("Senator Ruth Kemp spoke warmly of Governor Dan Marsh.", "Ruth Kemp", "Dan Marsh"),
        (
            "Senator Ruth Kemp gave Governor Dan Marsh a ringing endorsement.",
            "Ruth Kemp",
            "Dan Marsh",
        ),
        ("Governor Dan Marsh received the support of Mayor Ann Cole.", "Ann Cole", "Dan Marsh"),
    ],
)
def test_idioms_of_backing_name_backer_and_backed(text: str, backer: str, backed: str) -> None:
    assert _sides(text) == ([backer], [backed])


def test_support_from_a_share_of_voters_stays_a_standing() -> None:
    assert "SUPPORT" not in event_types(
        "Governor Dan Marsh has the support of 40 percent of voters."
    )
