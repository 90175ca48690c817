"""A cue does not report the clauses inside its own subject (`quotes.subject_clauses`): a quote
in a relative clause of the subject is that clause's, and the main verb keeps its own report."""

from __future__ import annotations

from tests.conftest import contents_and_speakers


def test_a_quote_in_the_subjects_relative_clause_leaves_the_main_cue_its_report() -> None:
    text = "Anglers who waved signs reading “Save the river” said they would return next week."
    quotes = contents_and_speakers(text)
    assert ("they would return next week", "Anglers") in quotes
    assert all(speaker != "Anglers" for content, speaker in quotes if "Save" in content)


def test_a_quote_after_the_verb_is_still_its_own() -> None:
    text = "The engineers who drafted the plan said the bridge was “a sound design.”"
    quotes = contents_and_speakers(text)
    assert [speaker for _, speaker in quotes] == ["The engineers"]
