"""A participle on a paper someone files or issues that alleges a wrong of someone ("filed a
complaint alleging the mayor took bribes") is the filer's accusation, beside the wrong it
alleges, also where the parse hangs the filing under a reply that closes the sentence ("...,
a charge he denied"); one alleging no one's act is no accusation of anyone."""

from __future__ import annotations

from .conftest import trigger_sides


def test_filed_paper_alleging_someones_wrong_is_the_filers_accusation() -> None:
    sides = trigger_sides(
        "Marta's relatives have filed affidavits alleging Rivera abused his former wife and his"
        " 6-year-old son, a charge Rivera denied.",
        "ACCUSE",
    )
    assert [(trigger, "Rivera" in " ".join(targets)) for trigger, _, targets in sides] == [
        ("alleging", True)
    ]


def test_paper_alleging_a_thing_is_no_accusation() -> None:
    sides = trigger_sides(
        "The union filed a motion alleging the contract was void, a point the county disputed.",
        "ACCUSE",
    )
    assert sides == []
