"""Readings kept per Doc (`parse.nlp.read_once`, `doc_memo`): a reading asked again of the same
word is read once and answers the same; the memo goes with the Doc's other caches."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import reports
from eventwire.parse.nlp import doc_memo, forget_caches, load_nlp, read_once


def test_a_reading_is_made_once_per_word_and_argument() -> None:
    asked: list[tuple[int, str]] = []

    @read_once
    def shouted(word: Token, mark: str = "!") -> bool:
        asked.append((word.i, mark))
        return word.text.isupper()

    doc = load_nlp()("The crowd chanted NO to the bill.")
    first = [shouted(t) for t in doc] + [shouted(t) for t in doc]
    assert first.count(True) == 2 and len(asked) == len(doc)
    assert shouted(doc[3], mark="?") and len(asked) == len(doc) + 1


def test_a_memo_table_is_kept_with_its_doc_until_its_caches_are_dropped() -> None:
    doc = load_nlp()("The minister said the talks would resume.")
    doc_memo(doc, "test")[1] = "kept"
    assert doc_memo(doc, "test") == {1: "kept"}
    forget_caches(doc)
    assert doc_memo(doc, "test") == {}


def test_a_reporting_verb_reads_the_same_when_asked_again() -> None:
    doc = load_nlp()("The minister said the talks would resume on Monday.")
    readings = [[reports(t) for t in doc] for _ in range(2)]
    assert readings[0] == readings[1]
    assert [t.text for t, said in zip(doc, readings[0], strict=True) if said] == ["said"]
