"""How far a reporting verb, a plan or a phrase reaches: a relative clause the writer sets off is
the writer's own fact, a parenthetical "X warned" is not planned by the clause it interrupts,
"stopped short of" negates, "Still," opens a sentence without making it ongoing, an "expected"
act is planned, an act granted by "given" is not planned by the clause it sets up, a free
participle shares its main clause's modal, and a speech act the speaker performs in a quote
("We condemn ...") occurred; "not only" does not negate and "is going to" plans; "As the
Gazette reported," credits a report as established."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _modality(text: str, trigger: str) -> Modality:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.modality


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Smith, who supported Senator Jones in the primary, last week said Brown was"
            " seeking to start a movement.",
            "supported",
        ),
        (
            "She says she will vote for Senator Jones of Ohio, who similarly blasts free trade.",
            "blasts",
        ),
        (
            "Brown has also said that the report was not accurate - a point that police"
            " officials have disputed.",
            "disputed",
        ),
    ],
)
def test_a_relative_clause_set_off_by_the_writer_is_not_claimed(text: str, trigger: str) -> None:
    assert _modality(text, trigger) == Modality.OCCURRED


def test_what_the_reported_speaker_says_stays_claimed() -> None:
    text = "The mayor said that Senator Jones attacked the police chief."
    assert _modality(text, "attacked") == Modality.CLAIMED


def test_a_parenthetical_warning_is_not_planned_by_the_clause_it_interrupts() -> None:
    text = "If the demands are not met, Mr. Green warned, angry farmers plan to leave the party."
    assert _modality(text, "warned") == Modality.OCCURRED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("But Walker, the mayor of Newark, stopped short of endorsing the plan.", "endorsing"),
        ("The governor fell short of condemning the raid.", "condemning"),
    ],
)
def test_an_act_fallen_short_of_is_negated(text: str, trigger: str) -> None:
    assert _modality(text, trigger) == Modality.NEGATED


def test_a_sentence_opening_still_is_a_connective() -> None:
    text = "Still he rejected the notion that pressure from investors had prompted the move."
    assert _modality(text, "rejected") == Modality.OCCURRED


def test_still_inside_the_clause_keeps_the_act_going() -> None:
    assert _modality("Police say they are still investigating the shooting.", "investigating") == (
        Modality.ONGOING
    )


def test_an_expected_act_is_planned() -> None:
    text = "He called into the shows to preempt an expected attack from Senator Jones."
    assert _modality(text, "attack") == Modality.PLANNED


def test_an_act_granted_by_given_is_not_planned_by_the_clause_it_sets_up() -> None:
    text = "Jones has said that given his criticism of Smith it would be hard for Smith to come."
    assert _modality(text, "criticism") == Modality.OCCURRED


def test_a_free_participle_shares_its_main_clause_future() -> None:
    text = "Organizers say the rules will make protests erupt, leading to clashes with the police."
    assert _modality(text, "clashes") == Modality.PLANNED


def test_a_free_participle_after_a_pledge_is_not_planned() -> None:
    text = (
        "Posing with Smith, Jones pledged to stand with the president, warning Ortega that the"
        " threat of force is real."
    )
    assert _modality(text, "warning") == Modality.OCCURRED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"We strongly condemn this attack on civilians," the foreign minister said.', "condemn"),
        ('"I urge both sides to return to talks," Lopez said on Monday.', "urge"),
        ('The foreign minister said: "We reject these accusations."', "reject"),
    ],
)
def test_a_speech_act_the_speaker_performs_in_a_quote_occurred(text: str, trigger: str) -> None:
    assert _modality(text, trigger) == Modality.OCCURRED


def test_what_a_quote_says_others_did_stays_claimed() -> None:
    text = '"They attacked our village at night," the farmer said.'
    assert _modality(text, "attacked") == Modality.CLAIMED


def test_not_only_adds_rather_than_negates() -> None:
    text = "Not only did the ministry turn down the request, it also cut the staff."
    assert _modality(text, "turn down") == Modality.OCCURRED


def test_going_to_announces_a_planned_act() -> None:
    text = "The governor is going to sanction the company next week."
    assert _modality(text, "sanction") == Modality.PLANNED


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("As the Gazette first reported, the senator voiced support for the bill.", "occurred"),
        ("The Gazette reported that the senator voiced support for the bill.", "claimed"),
    ],
)
def test_a_report_credited_with_as_is_established(text: str, modality: str) -> None:
    assert _modality(text, "support") == Modality(modality)
