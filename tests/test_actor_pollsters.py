"""Pollsters named by their short names are organisations, not places: a firm is a business
(BUS), a university's polling institute or a research centre EDU ("a Marist poll", "polls
from Quinnipiac"); and a campaign adviser is coded by the role held on the article's day."""

from __future__ import annotations

from .conftest import run_texts


def test_pollsters_are_organisations_not_places() -> None:
    text = (
        "Trump trailed in new polls from Quinnipiac and Marist, while a YouGov survey "
        "of voters in Ohio had him ahead."
    )
    (result,) = run_texts(text, date="2016-08-01")
    codes = {a.name: (a.country_code, a.sector_code) for a in result.actors}
    assert codes["Quinnipiac"] == ("USA", "EDU")
    assert codes["YouGov"] == ("GBR", "BUS")
    assert {p.evidence.text for p in result.places} == {"Ohio"}


def test_a_campaign_adviser_by_the_day() -> None:
    text = "Jake Sullivan said the plan would create jobs."
    (during,) = run_texts(text, date="2016-04-23")
    (later,) = run_texts(text, date="2022-04-23")
    assert [a.sector_code for a in during.actors if a.name == "Jake Sullivan"] == ["PTY"]
    assert [a.sector_code for a in later.actors if a.name == "Jake Sullivan"] == ["GOV"]
