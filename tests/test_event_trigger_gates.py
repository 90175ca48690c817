"""The trigger search asks each rule check only about the words it can fire on: a verb's code
checks (`ruled_triggers.JUDGED`) by their own verbs, a verdict by a reporting, naming or holding
verb (or a quoted root), a headline reading by its place; what they find is unchanged."""

from __future__ import annotations

import pytest

from eventwire.events.answered_force import answered_force_code
from eventwire.events.consequences import threatened_code
from eventwire.events.outbreaks import outbreak_code
from eventwire.events.ruled_triggers import judged_checks, verdict_lemmas
from eventwire.events.withheld import withheld_code
from tests.conftest import run_texts


def test_a_verb_of_no_listed_lemma_is_asked_no_code_check() -> None:
    assert judged_checks("eat") == ()
    assert "eat" not in verdict_lemmas()


@pytest.mark.parametrize(
    ("lemma", "check"),
    [
        ("participate", withheld_code),
        ("take", withheld_code),  # "take part"
        ("pay", threatened_code),  # "pay a price"
        ("break", outbreak_code),  # "break out"
        ("respond", answered_force_code),
    ],
)
def test_each_code_check_is_asked_of_the_verbs_it_names(lemma: str, check: object) -> None:
    assert check in judged_checks(lemma)


@pytest.mark.parametrize("lemma", ["say", "call", "find"])
def test_reporting_naming_and_holding_verbs_are_asked_for_a_verdict(lemma: str) -> None:
    assert lemma in verdict_lemmas()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania will not take part in the summit, its foreign minister said.", "REJECT"),
        ("A border war broke out between Ruritania and Freedonia in May.", "ASSAULT"),
        ("Ruritania said Freedonia would pay a heavy price for the raid.", "THREATEN"),
        ("Ruritania said it would respond with force to any attack by Freedonia.", "THREATEN"),
        ("Senator Ann Moore called Governor Paul Hart a liar on Monday.", "ACCUSE"),
    ],
)
def test_the_gated_checks_still_code_their_acts(text: str, expected: str) -> None:
    (r,) = run_texts(text)
    assert expected in {e.type for e in r.events}


def test_a_headline_verb_misread_as_a_noun_is_still_read_in_the_headline() -> None:
    (r,) = run_texts(
        "Moore Slams Hart Over Budget\n\nSenator Ann Moore attacked Governor Paul Hart on Monday."
    )
    assert any(e.trigger.text == "Slams" and e.type == "ACCUSE" for e in r.events)
