"""A clause's subjects, as every feature reads them: the doer of an active verb, the one acted
on of a passive, none for a verb that borrows its subject."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.parse.nlp import load_nlp
from eventwire.parse.subjects import clause_subjects, has_subject


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_an_active_verb_has_its_doer_as_subject() -> None:
    doc = load_nlp()("Harbour police detained two fishermen on Sunday.")
    assert [t.text for t in clause_subjects(_word(doc, "detained"))] == ["police"]


def test_a_passive_verb_has_the_one_acted_on_as_subject() -> None:
    doc = load_nlp()("The two fishermen were detained by harbour police.")
    assert [t.text for t in clause_subjects(_word(doc, "detained"))] == ["fishermen"]


def test_an_infinitive_borrows_its_subject() -> None:
    doc = load_nlp()("The minister agreed to visit the border town.")
    assert has_subject(_word(doc, "agreed"))
    assert not has_subject(_word(doc, "visit"))
    assert clause_subjects(_word(doc, "visit")) == []
