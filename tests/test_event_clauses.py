"""Acts told beside another act in one sentence: each part that reports an act of its own keeps
its own event, while an act that is only the object of another ("condemned the bombing") is
coded once."""

from __future__ import annotations

from .conftest import event_types


def test_a_visit_set_off_by_commas_is_an_act_beside_the_request() -> None:
    text = (
        "The Spanish foreign minister, on an official visit to Morocco, urged the government "
        "to release the fishermen."
    )
    assert {"CONSULT", "REQUEST"} <= set(event_types(text))


def test_an_act_that_is_only_the_object_of_another_is_coded_once() -> None:
    assert event_types("The minister, in a speech, condemned the bombing of the market.") == [
        "ACCUSE"
    ]


def test_a_denied_act_is_the_denial_even_when_its_own_clause_names_its_doer() -> None:
    # the README: an act that is only the object of another act is not coded again
    text = "The mayor denied accusations made by the opposition leader that he took bribes."
    assert event_types(text) == ["REJECT"]


def test_a_denied_act_with_no_doer_of_its_own_is_the_denial() -> None:
    assert event_types("The mayor denied the accusations of bribery.") == ["REJECT"]


def test_an_act_inside_what_is_denied_leaves_the_denial_coded() -> None:
    text = "The ministry denied any plans to destroy the rations donated by Britain."
    assert event_types(text) == ["REJECT"]


def test_an_act_in_a_time_clause_with_its_own_subject_is_no_content_of_the_main_act() -> None:
    text = (
        "Inspectors flew to Lima to question the pilot before the ministry rejected "
        "his request for asylum."
    )
    assert "REJECT" in event_types(text)


def test_a_refusal_after_a_demand_is_a_second_act_not_what_was_demanded() -> None:
    text = (
        "The governor urged the legislature to act after the Supreme Court refused to "
        "reinstate the ban."
    )
    assert {"REQUEST", "REJECT"} <= set(event_types(text))
