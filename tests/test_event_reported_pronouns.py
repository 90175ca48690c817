"""The reader shared by held views and self-verdicts: "he" in indirect speech is the reporter."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.held_views import reported_by
from eventwire.parse.nlp import load_nlp


def _subject(text: str, word: str) -> Token:
    """The token `word` in the parsed text."""
    return next(t for t in load_nlp()(text) if t.text == word)


def test_indirect_speech_pronoun_is_read_through_its_reporting_verb() -> None:
    reporter = reported_by(_subject("Governor Alvarez said she had misled the board.", "she"))
    assert reporter is not None and reporter.lemma_ == "say"


def test_quoted_pronoun_stands_for_someone_else() -> None:
    text = '"He misled the board," Governor Alvarez said.'
    assert reported_by(_subject(text, "He")) is None


def test_first_person_subject_has_no_reporter_reading() -> None:
    assert reported_by(_subject("Governor Alvarez said I had misled the board.", "I")) is None
