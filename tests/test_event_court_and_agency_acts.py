"""Acts done through courts and agencies (`events/legal_acts.py`): a court upholding a party or
its decision backs it (SUPPORT), aimed at the party ruled on; a plea to a court or an agency is
a request aimed at the body asked; a ruling on an application is aimed at its maker; papers
filed that allege a wrong are the filers' accusation; a waiver eases a penalty (CONCEDE)."""

from __future__ import annotations

import pytest

from .conftest import coded_events

DATE = "2003-04-10"


def test_a_judge_upholding_an_agency_backs_it() -> None:
    text = "A federal judge upheld the Environmental Protection Agency on Tuesday."
    assert [(t, s, r) for t, _, s, r in coded_events(text, DATE)] == [
        ("SUPPORT", ["A federal judge"], ["Environmental Protection Agency"])
    ]


def test_a_court_affirming_a_ruling_backs_the_party_that_made_it() -> None:
    text = "The appeals court affirmed the Treasury Department's decision on the fines."
    assert [(t, r) for t, _, _, r in coded_events(text, DATE)] == [
        ("SUPPORT", ["Treasury Department"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Wallace vowed to uphold the constitution.",
        "The governor has always upheld the rights of farmers.",
        "Judge Alvarez affirmed that the ministry had acted lawfully.",
    ],
)
def test_upholding_a_principle_or_affirming_a_clause_is_no_ruling(text: str) -> None:
    assert "SUPPORT" not in [t for t, *_ in coded_events(text, DATE)]


def test_a_plea_to_a_court_is_aimed_at_the_court_asked() -> None:
    text = "The Hassan family requested a rehearing before the Supreme Court on Monday."
    assert [(t, r) for t, _, _, r in coded_events(text, DATE)] == [("REQUEST", ["Supreme Court"])]


def test_petitioning_a_court_asks_it_to_act() -> None:
    text = "Greenpeace petitioned the Supreme Court to halt the pipeline."
    assert next((t, r) for t, _, _, r in coded_events(text, DATE)) == ("REQUEST", ["Supreme Court"])


def test_an_application_rejected_is_aimed_at_the_applicant() -> None:
    text = "The ministry rejected the application for a permit filed by Shell last month."
    assert [(t, r) for t, _, _, r in coded_events(text, DATE)] == [("REJECT", ["Shell"])]


def test_affidavits_that_allege_a_wrong_are_the_filers_accusation() -> None:
    text = "Exxon filed affidavits alleging that Greenpeace trespassed on the rig."
    accusations = [(s, r) for t, _, s, r in coded_events(text, DATE) if t == "ACCUSE"]
    assert accusations[0] == (["Exxon"], ["Greenpeace"])


def test_a_higher_court_reversing_a_verdict_rejects_it() -> None:
    text = "The Constitutional Court reversed the verdict on Tuesday."
    assert [t for t, *_ in coded_events(text, DATE)] == ["REJECT"]


def test_waiving_a_period_eases_a_penalty() -> None:
    text = "The Federal Trade Commission waived the waiting period for the merger."
    assert [t for t, *_ in coded_events(text, DATE)] == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Senate committee will file a report on the spending next month.",
        "Lawsuits against tobacco companies are common in the United States.",
        "The challenges facing the Labour Party are enormous.",
    ],
)
def test_papers_lawsuits_in_general_and_hurdles_are_no_legal_acts(text: str) -> None:
    assert [t for t, *_ in coded_events(text, DATE)] == []


def test_a_court_building_sustaining_damage_is_no_ruling() -> None:
    text = "The Supreme Court sustained heavy damage in the earthquake on Monday."
    assert "SUPPORT" not in [t for t, *_ in coded_events(text, DATE)]
