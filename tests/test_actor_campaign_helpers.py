"""Volunteers and canvassers in a story about an election contest are the campaign's (PTY, as
the coding rules code campaign staff); elsewhere they are civilians (CVL)."""

from __future__ import annotations

from .conftest import run_texts


def _sectors(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2012-01-02")
    return {a.name: a.sector.value if a.sector else None for a in result.actors}


def test_volunteers_in_a_primary_story_are_the_campaigns() -> None:
    sectors = _sectors(
        "Two days before the Iowa caucuses, Governor Perry thanked volunteers in Ames."
    )
    assert sectors["volunteers in Ames"] == "PTY"


def test_volunteers_in_another_story_are_civilians() -> None:
    sectors = _sectors("After the storm, volunteers in Ames accused the city of ignoring them.")
    assert sectors["volunteers"] == "CVL"
