"""Blame a party's act or words provoke is aimed at that party: "X's deal sparked criticism
from Y" is Y's criticism of X, as "X's remarks drew criticism from Y" is."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import run_texts


def _blame(result: ArticleResult) -> Event:
    return next(e for e in result.events if e.type == "ACCUSE")


def test_the_owner_of_a_provoking_act_is_the_target_of_the_blame() -> None:
    merger, remarks = run_texts(
        "Pfizer's merger with Allergan sparked criticism from Senator Elizabeth Warren.",
        "Donald Trump's comments about the judge provoked a backlash from Paul Ryan.",
        date="2016-06-10",
    )
    blamed = _blame(merger)
    assert [p.name for p in blamed.actors] == ["Elizabeth Warren"]
    assert [p.name for p in blamed.recipients] == ["Pfizer"]
    backlash = _blame(remarks)
    assert [p.name for p in backlash.actors] == ["Paul Ryan"]
    assert [p.name for p in backlash.recipients] == ["Donald Trump"]


def test_a_party_that_provokes_blame_is_its_target() -> None:
    (outrage,) = run_texts(
        "Donald Trump sparked outrage from Republicans with his comments about the judge.",
        date="2016-06-10",
    )
    assert [p.name for p in _blame(outrage).recipients] == ["Donald Trump"]


def test_the_topic_of_a_provoking_report_is_not_blamed() -> None:
    (report,) = run_texts(
        "The report of Mike Tyson speaking at the convention sparked criticism from reporters.",
        date="2016-06-10",
    )
    assert all(p.name != "Mike Tyson" for e in report.events for p in e.recipients)
