"""Acts a sentence tells with no special trigger verb: an eventive noun ("launched a revolt",
"a conference call with", "a message of friendship"), an order that sends staff home, a block of
a funding package, a stay abroad told by its length ("is scheduled to spend
three hours in Lima"), a reciprocal object ("accused each other") and a future reported by a
verb that is an event itself ("confirmed that he would meet"). Words that only look alike stay
uncoded: money spent abroad, nominees chosen in general, a call with reporters."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Anti-Morales delegates launched a short-lived revolt on Monday.", "PROTEST"),
        ("On Friday, the ministry had a conference call with aides of President Macri.", "CONSULT"),
        ("Erdogan's defense of President Putin surprised NATO.", "SUPPORT"),
        ("To the people of Chile and Peru, I will bring a message of friendship.", "SUPPORT"),
        ("The ministry ordered the departure of all diplomats from Caracas.", "SANCTION"),
        ("Senate Republicans blocked a $2 billion funding package for the border.", "REJECT"),
        ("Talks collapsed Monday, as legislators accused each other of lying.", "ACCUSE"),
    ],
)
def test_act_is_coded(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Ohio are free to choose their nominees any way they like.",
        "The government spent $2 billion in Iraq.",
        "In a conference call with reporters, Col. Steven Ward said more troops would come.",
    ],
)
def test_look_alike_is_not_coded(text: str) -> None:
    assert "CONSULT" not in event_types(text) and "SUPPORT" not in event_types(text)


def test_stay_abroad_is_a_planned_visit() -> None:
    (result,) = run_texts(
        "Foreign Minister Gonzalez is scheduled to spend three hours in Lima on Friday.",
        date="2016-05-02",
    )
    assert [(e.type, e.modality.value) for e in result.events] == [("CONSULT", "planned")]


def test_future_reported_by_a_confirming_verb_is_planned() -> None:
    (result,) = run_texts("His office confirmed that Macri would meet with Chilean officials.")
    assert [(e.type, e.modality.value) for e in result.events] == [("CONSULT", "planned")]
