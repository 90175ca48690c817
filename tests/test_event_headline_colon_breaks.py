"""A headline's colon ends a sentence: "X Endorses Y: I Am 'Appalled' By Z" is two acts of X,
and the first word after the colon is capitalised only as a sentence's first word is."""

from __future__ import annotations

from eventwire.parse.nlp import load_nlp
from eventwire.parse.recase import recased_copy

from .conftest import run_texts

BODY = (
    "\n\nDES MOINES, Iowa (AP) — Former governor Jane Harlow on Monday endorsed Senator Tom "
    "Becker for the nomination. Harlow said she was appalled by businessman Mark Dunn, "
    "Becker's rival in the race."
)


def _headline_events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(text)
    end = text.index("\n")
    return [
        (
            event.type,
            event.trigger.text,
            [p.name for p in event.actors],
            [p.name for p in event.recipients],
        )
        for event in result.events
        if event.trigger.start < end
    ]


def test_a_clause_before_a_headline_colon_keeps_its_own_act() -> None:
    events = _headline_events(
        "Jane Harlow Endorses Tom Becker: I Am 'Appalled' By Mark Dunn" + BODY
    )
    assert ("SUPPORT", "Endorses", ["Jane Harlow"], ["Tom Becker"]) in events


def test_the_speaker_after_a_headline_clause_is_its_subject_not_its_object() -> None:
    (result,) = run_texts("Jane Harlow Endorses Tom Becker: I Am 'Appalled' By Mark Dunn" + BODY)
    (quote,) = [q for q in result.quotes if q.content.text.startswith("I Am")]
    assert quote.speaker.name == "Jane Harlow"


def test_the_word_after_a_headline_clause_and_colon_is_lowered_when_common() -> None:
    text = "Harlow backs Becker: Trust him on taxes, not Dunn." + BODY
    copy = recased_copy(load_nlp().make_doc(text))
    assert copy is not None
    assert copy.text.startswith("Harlow backs Becker: trust him on taxes")
    assert copy[4].is_sent_start  # "trust" opens a sentence of its own


def test_a_name_after_a_headline_clause_and_colon_keeps_its_capital() -> None:
    text = "Harlow backs Becker: Dunn is wrong on taxes." + BODY
    copy = recased_copy(load_nlp().make_doc(text))
    assert copy is not None
    assert copy.text.startswith("Harlow backs Becker: Dunn is wrong")


def test_a_speaker_and_colon_are_left_to_the_claim_reading() -> None:
    text = "Harlow: Dunn is wrong on taxes." + BODY
    assert recased_copy(load_nlp().make_doc(text)) is None


def test_a_colon_in_the_body_starts_no_sentence() -> None:
    text = "Harlow backs Becker" + BODY + "\n\nShe listed her reasons: taxes and schools."
    copy = recased_copy(load_nlp().make_doc(text))
    assert copy is None
