"""False events by general cause (precision27): each rule drops a reading that tells no act
and keeps a true use of the same words as an event."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the union's refusal to negotiate was not a good thing.",
        "Critics said Hungary's rejection of the plan was a terrible mistake.",
    ],
)
def test_an_act_noun_under_a_strong_verdict_is_judged(text: str) -> None:
    assert "REJECT" not in event_types(text)


def test_an_act_noun_reported_stays() -> None:
    assert "REJECT" in event_types("The union's refusal to negotiate came on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Rubio finished third, beating the pre-election polls in Iowa.",
        "Rubio nearly beat Trump for second in a state where Cruz's base is strongest.",
    ],
)
def test_beating_a_rank_or_the_polls_wins_a_race(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


def test_beating_people_stays_violence() -> None:
    assert "ASSAULT" in event_types("Police beat voters outside the polling station in Harare.")


@pytest.mark.parametrize(
    "text",
    [
        '"The senator is innocent of these charges. He will enter a plea of not guilty and expects'
        ' to be cleared," his lawyer said.',
        "The defendant entered a guilty plea on Monday.",
    ],
)
def test_a_court_plea_is_no_appeal(text: str) -> None:
    assert "REQUEST" not in event_types(text)


def test_a_plea_to_someone_stays_an_appeal() -> None:
    assert "REQUEST" in event_types("The refugees issued a plea for help to the United Nations.")


def test_accepting_admission_papers_is_joining() -> None:
    types = event_types("The secretary accepted admission papers from the Polish foreign minister.")
    assert "SUPPORT" in types and "AGREE" not in types


def test_accepting_a_proposal_stays_an_agreement() -> None:
    assert "AGREE" in event_types("Iran accepted the ceasefire proposal on Monday.")


def test_praise_of_a_figure_with_an_apposition_is_no_act() -> None:
    text = (
        "Merkel hailed the record streak 60 months of export growth, challenging rivals to do"
        " better."
    )
    assert "SUPPORT" not in event_types(text)


def test_praise_of_a_party_stays() -> None:
    assert "SUPPORT" in event_types("The governor hailed the firefighters on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Analysts fear the president's visit will persuade many voters to stay home.",
        "Critics say the deal with Iran will embolden hardliners in Tehran.",
    ],
)
def test_an_act_weighed_by_what_it_will_lead_people_to_do(text: str) -> None:
    assert {"CONSULT", "AGREE"}.isdisjoint(event_types(text))


def test_an_act_that_encouraged_people_stays_told() -> None:
    assert "CONSULT" in event_types(
        "Obama's visit to Havana encouraged dissidents, activists said."
    )


def test_a_course_a_judgement_names_is_no_act() -> None:
    text = "His advisers believe the biggest mistake in politics is to apologize."
    assert "SUPPORT" not in event_types(text)


def test_an_apology_made_stays() -> None:
    assert "SUPPORT" in event_types("The senator apologized to the voters on Friday.")
