"""Trigger words read in a sense that is no event: a wished state, a source's anonymity, a
person dismissed or fired from a job, records destroyed; the event senses beside them stay."""

from __future__ import annotations

import pytest

from .conftest import event_types, typed_triggers


def test_wanting_someone_to_be_something_is_no_request() -> None:
    assert "REQUEST" not in event_types("I want Donald Trump to be the next president, he said.")


def test_wanting_another_party_to_act_stays_a_request() -> None:
    assert "REQUEST" in event_types("Obama wants Congress to pass the bill this week.")


@pytest.mark.parametrize(
    "text",
    [
        "An official, who requested anonymity to discuss the talks, said Iran would attend.",
        "An aide, who asked for anonymity, said Clinton would attend the summit.",
    ],
)
def test_asking_for_anonymity_is_no_request(text: str) -> None:
    assert "REQUEST" not in event_types(text)


def test_asking_a_party_for_an_act_stays_a_request() -> None:
    assert "REQUEST" in event_types("Iran requested a meeting with the UN envoy on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The aide spoke on condition of anonymity to discuss the trade talks with Brazil.",
        "One diplomat, speaking on the condition of anonymity to discuss the summit with Japan,"
        " said the date was set.",
    ],
)
def test_discussing_under_anonymity_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in event_types(text)


def test_discussing_with_a_party_stays_a_consultation() -> None:
    text = "The envoy, who requested anonymity, will discuss the ceasefire with Russia."
    assert ("CONSULT", "discuss") in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "ESPN dismissed Schilling on Wednesday.",
        "Curt Schilling was dismissed by ESPN on Wednesday.",
    ],
)
def test_a_person_dismissed_from_a_job_is_no_rejection(text: str) -> None:
    assert "REJECT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ortiz fired her campaign manager on Monday.",
        "The suit filed by a former aide named Tom Bell, a Marine reserve colonel who Jones,"
        " D -Md., fired in April for leaking secrets, names six others.",
    ],
)
def test_a_person_fired_from_a_job_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "ESPN dismissed Schilling on Wednesday.",
        "Senator Ortiz fired her campaign manager on Monday.",
        "The governor fired him last week after the audit.",
        "Ms. Reyes was dismissed on Friday as the mayor's spokeswoman.",
        "The suit filed by a former aide named Tom Bell, a Marine reserve colonel who Jones,"
        " D -Md., fired in April for leaking secrets, names six others.",
    ],
)
def test_a_person_removed_from_a_post_is_a_sanction(text: str) -> None:
    assert "SANCTION" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery fired 40 workers in March.",
        "The senator said the crowd in Iowa always fires him up.",
        "Trump dismissed Governor Reyes as an ineffective leader on Monday.",
    ],
)
def test_a_layoff_a_rousing_or_a_judgement_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops fired on the marchers in the square.",
        "The marchers were fired upon by soldiers on Monday.",
    ],
)
def test_shots_fired_at_people_stay_an_attack(text: str) -> None:
    assert "ASSAULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia dismissed the US proposal on Monday.",
        "Trump dismissed Clinton as a liar on Monday.",
    ],
)
def test_a_proposal_or_a_person_dismissed_as_something_stays_a_rejection(text: str) -> None:
    assert "REJECT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "He flew to Syria, burned his U.S. passport and joined the group.",
        "Such bags are typically used to destroy classified documents.",
        "The aides burn up their email accounts gaming out plans.",
    ],
)
def test_destroying_records_is_no_coercion(text: str) -> None:
    assert "COERCE" not in event_types(text)


def test_destroying_homes_stays_coercion() -> None:
    assert "COERCE" in event_types("Soldiers destroyed 40 homes in the town on Monday.")
