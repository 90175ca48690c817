"""Words that read like acts but tell none: a poll or orders released are published, no captive
freed; a question put to someone by no one named asks for no act; telling one's own aides is
internal work, no consultation between sides."""

from __future__ import annotations

from .conftest import typed_triggers


def test_a_named_poll_released_frees_no_one() -> None:
    text = "Smith leads the race with 31%, according to a Marist College Poll released Monday."
    assert typed_triggers(text) == []


def test_orders_a_leader_is_set_to_release_free_no_one() -> None:
    text = "The governor is set to release a series of Executive Orders meant to curb the trade."
    assert typed_triggers(text) == []


def test_prisoners_released_are_still_freed() -> None:
    assert typed_triggers("The rebels released 40 prisoners on Monday.") == [
        ("RETREAT", "released")
    ]


def test_a_passive_question_is_no_request() -> None:
    text = "Senator Smith was once asked which of his rivals he was most proud to call his rivals."
    assert typed_triggers(text) == []


def test_being_asked_to_act_is_still_a_request() -> None:
    assert typed_triggers("The minister was asked to resign by the party.") == [
        ("REQUEST", "asked")
    ]


def test_telling_aides_is_no_consultation() -> None:
    text = "The campaign manager told aides that he viewed the governor as a real threat."
    assert ("CONSULT", "told") not in typed_triggers(text)


def test_telling_another_government_is_still_a_consultation() -> None:
    text = "The Cuban government told U.S. officials it is worried about the boy."
    assert typed_triggers(text) == [("CONSULT", "told")]


def test_an_act_remembered_is_a_memory_not_news() -> None:
    text = "The Cuban foreign minister remembered telling U.S. officials about the plan."
    assert typed_triggers(text) == []


def test_an_act_not_mentioned_is_no_request() -> None:
    text = "The senator did not mention requesting a donation from the network."
    assert ("REQUEST", "requesting") not in typed_triggers(text)
