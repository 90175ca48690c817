"""Acts of police, prosecutors, courts and committees the trigger lexicon covers by class, each
with a sense condition: taking a person in (picking up, hauling in, holding for questioning,
capturing a suspect, throwing or sending to jail) is an arrest, as a sentence handed down or
imposed is a punishment (COERCE, 173); charges faced or laid (a count of an offence, being hit
with charges, arraignment, a trial) accuse (ACCUSE, 112); a challenge filed is a legal
complaint (115); a fine imposed a penalty (SANCTION, 172);
testifying before a body shares information with it (COOPERATE, 064); a subpoena is a demand
(REQUEST, 100). The same words in their everyday senses stay no event."""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import coded_events

_events = partial(coded_events, date="2016-05-01")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t, c) for t, c, _, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police picked up the opposition leader at his home on Tuesday.",
        "Authorities hauled in the editor for questioning.",
        "Police held the men for questioning.",
        "Police captured the suspect after a long chase.",
        "The judge sent the mayor to prison for ten years.",
        "The regime threw the dissident in jail.",
    ],
)
def test_taking_a_person_in_is_an_arrest(text: str) -> None:
    assert _kinds(text) == [("COERCE", "173")]


@pytest.mark.parametrize(
    "text",
    [
        "The campaign hopes to pick up two delegates in Nevada.",
        "She picked up the phone on Monday.",
        "Clinton has locked up the nomination.",
        "The charity sent books to the prison.",
        "The party will hold a convention in July.",
    ],
)
def test_taking_a_thing_or_a_vote_is_no_arrest(text: str) -> None:
    assert ("COERCE", "173") not in _kinds(text)


def test_a_count_faced_accuses_the_one_who_faces_it() -> None:
    ((kind, cameo, doers, targets),) = _events("Mayor Alvarez faces two counts of fraud.")
    assert (kind, cameo, doers) == ("ACCUSE", "112", []) and any("Alvarez" in t for t in targets)


def test_charges_faced_accuse_the_one_who_faces_them() -> None:
    ((kind, _, _, targets),) = _events("Senator Holt faces a misdemeanor charge of battery.")
    assert kind == "ACCUSE" and any("Holt" in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Pataki faces tough questions from reporters.",
        "Officials completed a count of the ballots on Friday.",
    ],
)
def test_questions_faced_and_counts_of_votes_are_no_charge(text: str) -> None:
    assert ("ACCUSE", "112") not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Senator Holt was hit with ethics charges on Friday.", "112"),
        ("The mayor was arraigned in federal court on Monday.", "112"),
        ("The junta put the former president on trial.", "112"),
        ("The American Civil Liberties Union filed a challenge against the law.", "115"),
    ],
)
def test_charges_laid_and_challenges_filed_accuse(text: str, cameo: str) -> None:
    assert ("ACCUSE", cameo) in _kinds(text)


def test_a_hit_with_a_stick_is_no_charge() -> None:
    assert ("ACCUSE", "112") not in _kinds("Protesters hit the police car with sticks.")


def test_a_fine_imposed_is_a_penalty() -> None:
    text = "Regulators imposed a $5 million fine on Barclays."
    assert ("SANCTION", "172") in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court handed down a ten-year sentence to the former minister.",
        "Judge Berman imposed a life sentence on the killer.",
    ],
)
def test_a_sentence_handed_down_or_imposed_punishes(text: str) -> None:
    assert _kinds(text) == [("COERCE", "173")]


def test_a_ruling_handed_down_is_no_punishment() -> None:
    assert ("COERCE", "173") not in _kinds("The court handed down its ruling on Monday.")


def test_a_fine_paid_for_speeding_is_no_event() -> None:
    assert _events("Senator Holt paid a fine for speeding.") == []


def test_testifying_before_a_panel_shares_information() -> None:
    ((kind, cameo, doers, _),) = _events("Hillary Clinton testified before the panel last fall.")
    assert (kind, cameo) == ("COOPERATE", "064") and any("Clinton" in d for d in doers)


def test_testimony_is_aimed_at_the_committee_that_hears_it() -> None:
    text = "Janet Yellen testifies before the Senate Joint Economic Committee on Thursday."
    ((kind, _, _, targets),) = _events(text)
    assert kind == "COOPERATE" and any("Committee" in t for t in targets)


def test_testifying_in_a_magazine_is_no_event() -> None:
    assert _events("Hillary Clinton testified to her love of jazz in a magazine.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The House committee subpoenaed Secretary Kerry on Tuesday.",
        "The inspector general issued subpoenas to the Clinton Foundation in the fall.",
    ],
)
def test_a_subpoena_demands_testimony(text: str) -> None:
    assert ("REQUEST", "100") in _kinds(text)


def test_a_subpoena_withdrawn_demands_nothing() -> None:
    assert ("REQUEST", "100") not in _kinds("The subpoena was withdrawn in March.")
