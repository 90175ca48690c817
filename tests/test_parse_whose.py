"""The clause a "whose" opens, which both a group's owner and a side named by "whose" read."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.parse.nlp import load_nlp
from eventwire.parse.whose import whose_clause


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_whose_opens_the_clause_on_the_noun_it_stands_for() -> None:
    doc = load_nlp()("Norway, whose diplomats brokered the truce, hosted the talks.")
    clause = whose_clause(_word(doc, "whose"))
    assert clause is not None and clause.text == "brokered"
    assert clause.head.text == "Norway"


def test_a_word_under_no_relative_clause_opens_none() -> None:
    doc = load_nlp()("Norway hosted the talks in Oslo.")
    assert whose_clause(_word(doc, "talks")) is None
