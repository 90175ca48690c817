"""Acts named only as what a missing plan, sign or means is for ("has no plan to defeat the
militants"), as what was done in place of another ("instead of negotiating"), weighed in a
question put with a modal ("Should she ... to knock him?"), an outcome put down to a cause
("credits the rise to lower taxes"), or a rejection negated on its own verb ("did not dispute
it") are not told as done; the same act with the plan or means in hand, asked about with "did",
credit given to someone, or a refusal told by the negation ("is not true") stays."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The governor has no strategy to crush the rebel militias in the north.",
        "The coalition did not have the votes to impose sanctions on Venezuela.",
        "Union leaders showed no sign of backing down in the dispute with the ministry.",
    ],
)
def test_an_act_a_missing_plan_or_sign_is_for_is_no_act(text: str) -> None:
    assert not {"ASSAULT", "SANCTION", "CONCEDE"} & set(event_types(text))


def test_an_act_the_means_lacked_would_serve_is_no_act() -> None:
    text = "The ministry lacked the money to send the flooded province the relief it needed."
    assert "AID" not in event_types(text)


def test_an_act_a_plan_in_hand_is_for_stays() -> None:
    text = "The governor has a strategy to crush the rebel militias in the north."
    assert event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Should the party stay neutral, or run a series of ads attacking the senator?",
        "How would you run a campaign to persuade the voters to back him?",
    ],
)
def test_an_act_weighed_in_a_modal_question_is_no_act(text: str) -> None:
    assert not {"ACCUSE", "REQUEST"} & set(event_types(text))


def test_the_same_act_told_stays() -> None:
    assert "ACCUSE" in event_types("The party ran a series of ads attacking the senator.")


def test_an_act_under_a_question_with_did_stays() -> None:
    text = "Did the senators find grounds to condemn the general's conduct?"
    assert "ACCUSE" in event_types(text)


def test_an_outcome_put_down_to_a_cause_is_no_praise() -> None:
    text = "An aide credits the rise in turnout to a surge of young voters."
    assert "SUPPORT" not in event_types(text)


def test_credit_given_to_someone_stays_praise() -> None:
    assert "SUPPORT" in event_types("The senator credited the deal to Secretary Kerry.")


def test_an_act_done_in_place_of_another_is_not_done() -> None:
    text = "The senator chose to filibuster instead of negotiating with the White House."
    assert "CONSULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "But Senator Brown did not dispute that he advises the mayor.",
        "Mayor Ruiz has never disavowed her plan for a new stadium.",
        "The court did not reject the appeal from Senator Brown.",
    ],
)
def test_a_rejection_negated_on_its_own_verb_is_no_act(text: str) -> None:
    assert "REJECT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not only did the ministry reject the offer from Senator Brown, it also closed the talks.",
        "“That is simply not true,” Senator Brown said of the mayor's charge.",
        "Senator Brown faces an inquiry into the bribery charges. “We never took that money,” "
        "Brown said.",
        "Senator Brown said he would not take part in the summit.",
    ],
)
def test_a_rejection_with_an_additive_or_denying_not_stays(text: str) -> None:
    assert "REJECT" in event_types(text)
