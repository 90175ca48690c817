"""A refusal whose refused verb is no event of its own is aimed at that verb's object, or at
what it is "on" or "with"."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import run_texts


def _refusal(result: ArticleResult) -> Event:
    return next(e for e in result.events if e.type == "REJECT")


def test_refusing_to_consider_a_nominee_is_aimed_at_the_nominee() -> None:
    (r,) = run_texts("Senate Democrats refused to consider Brett Kavanaugh.")
    assert "Brett Kavanaugh" in {p.name for p in _refusal(r).recipients}


def test_declining_to_hear_a_country_is_aimed_at_it() -> None:
    (r,) = run_texts("The court declined to hear Mexico on Tuesday.")
    assert {p.country for p in _refusal(r).recipients} == {"MEX"}


def test_opposing_a_policy_told_by_a_gerund_is_not_aimed_at_its_object() -> None:
    (r,) = run_texts("The governor opposes sending Canadians to fight abroad.")
    assert "CAN" not in {p.country for p in _refusal(r).recipients}


def test_refusing_to_vote_on_a_foreign_leaders_proposal_is_aimed_at_its_owner() -> None:
    (r,) = run_texts("The Greek parliament refused to vote on the Turkish president's proposal.")
    assert {p.country for p in _refusal(r).recipients} == {"TUR"}
