"""Modality read from the act's own clause: a conditional threat, a promise made by a means, a
verb joined to what is promised, and an "according to" that credits only a later clause."""

from __future__ import annotations

from eventwire.model import Modality

from .conftest import run_texts


def _events(text: str, date: str = "2016-05-02") -> list[tuple[str, str, Modality]]:
    (result,) = run_texts(text, date=date)
    return [(e.trigger.text, e.type, e.modality) for e in result.events]


def test_force_promised_on_a_condition_is_a_hypothetical_threat() -> None:
    text = (
        "The Libyan envoy to Chad said on Monday that Libya would retaliate against Chad "
        "if it keeps its troops at the border."
    )
    assert _events(text) == [("retaliate", "THREATEN", Modality.HYPOTHETICAL)]


def test_force_promised_without_a_condition_stays_planned() -> None:
    text = "The Libyan envoy said on Monday that Libya would retaliate against Chad."
    assert [(t, m) for t, _, m in _events(text)] == [("retaliate", Modality.PLANNED)]


def test_a_promise_made_as_the_means_of_a_search_occurred() -> None:
    text = (
        "Libya's leader today sought calm with Egypt by promising to withdraw from the "
        "border zone and release prisoners captured in the clashes."
    )
    assert _events(text, "1990-08-15") == [("promising", "AGREE", Modality.OCCURRED)]


def test_according_to_in_a_later_clause_credits_only_that_clause() -> None:
    text = (
        "Greece and Bulgaria in effect closed the border crossings, but according to "
        "Serbian officials, a smaller road is still open."
    )
    assert [(t, m) for t, _, m in _events(text)] == [("closed", Modality.OCCURRED)]


def test_according_to_after_the_act_still_credits_it() -> None:
    text = "Rebels attacked the town on Monday, according to officials."
    assert [(t, m) for t, _, m in _events(text)] == [("attacked", Modality.CLAIMED)]


def test_an_extradition_awaited_is_planned() -> None:
    text = "Another suspect is awaiting extradition from Canada."
    assert [(t, m) for t, _, m in _events(text)] == [("extradition", Modality.PLANNED)]


def test_a_complaint_named_in_a_progressive_verbs_phrase_occurred() -> None:
    text = (
        "Mr. Wang was responding to questions about complaints by the Treasury secretary, "
        "John Smith, that Chinese steel floods world markets."
    )
    assert [(t, m) for t, _, m in _events(text)] == [("complaints", Modality.OCCURRED)]
