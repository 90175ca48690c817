"""Words that name no act of their own: a request told only through its answer, a meeting
that is a speech's audience, a fight for a cause read as a noun, a right to bear arms, and
giving or yielding that names neither the one who acts nor the one it is done for."""

from __future__ import annotations

import pytest

from .conftest import run_texts, typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "The court granted the union's request for a delay in the hearing.",
        "The ministry failed to honor repeated requests for more guards at the consulate.",
        "The agency has been unresponsive to the senators' requests for documents.",
    ],
)
def test_a_request_told_through_its_answer_is_no_request(text: str) -> None:
    assert "REQUEST" not in [t for t, _ in typed_triggers(text)]


def test_a_request_made_stays() -> None:
    text = "The union filed a request with the court for a delay in the hearing."
    assert ("REQUEST", "request") in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We stand with our allies," Obama told the NATO meeting in Warsaw.',
        "Sanders is speaking Thursday to the National Education Association conference led by"
        " Lily Garcia.",
    ],
)
def test_a_meeting_spoken_to_is_an_audience(text: str) -> None:
    assert "CONSULT" not in [t for t, _ in typed_triggers(text)]


def test_a_meeting_with_partners_stays() -> None:
    text = "Obama held a meeting with Vietnamese leaders in Hanoi on Monday."
    assert "CONSULT" in [t for t, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised the governor for defying the bosses and fighting for voters' rights.",
        "“Senator Lee has stood up and fought for our right to bear arms,” the sheriff said.",
    ],
)
def test_a_fight_for_a_cause_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in typed_triggers(text)]


def test_fighting_an_enemy_stays_an_attack() -> None:
    text = "We have had five years of fighting ISIS in Syria."
    assert "ASSAULT" in [t for t, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Which kinds of farm research to allow, and how to fund it, have been debated in many"
        " states.",
        "The argument would be aided, the strategist said, by the upcoming primary calendar.",
        "The law does require mortgage lenders to give all applicants the credit score that"
        " they use.",
    ],
)
def test_giving_by_no_one_to_no_one_is_no_aid(text: str) -> None:
    assert "AID" not in [t for t, _ in typed_triggers(text)]


def test_aid_between_named_parties_stays() -> None:
    (result,) = run_texts("Japan sent emergency aid to the Philippines after the storm.")
    assert "AID" in [e.type for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Builders were eventually permitted to put up houses on the old racecourse.",
        "The notes were priced at par to yield 6.2 percent.",
    ],
)
def test_yielding_by_no_one_to_no_one_is_no_concession(text: str) -> None:
    assert "CONCEDE" not in [t for t, _ in typed_triggers(text)]


def test_a_concession_by_a_named_party_stays() -> None:
    text = "The Kenyan government admitted on Friday that it had misled parliament."
    assert "CONCEDE" in [t for t, _ in typed_triggers(text)]
