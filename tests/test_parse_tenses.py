"""A verb phrase's tense is read from the verb or its auxiliary (`parse.tenses.has_tense`):
"says" carries the present itself, "is counted" and "will resume" on their auxiliaries; a
reader of active verbs may leave a passive's "is" out."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import load_nlp
from eventwire.parse.tags import PRESENT_OR_MODAL_TAGS, PRESENT_TAGS
from eventwire.parse.tenses import has_tense


def _verb(text: str, word: str) -> Token:
    return next(t for t in load_nlp()(text) if t.text == word)


def test_the_present_is_read_on_the_verb_or_on_its_auxiliary() -> None:
    assert has_tense(_verb("The mayor opens the bridge today.", "opens"), PRESENT_TAGS)
    assert has_tense(_verb("The vote is counted by hand.", "counted"), PRESENT_TAGS)
    assert not has_tense(_verb("The mayor opened the bridge.", "opened"), PRESENT_TAGS)


def test_a_modal_counts_only_where_the_reader_asks_for_it() -> None:
    resume = _verb("The talks will resume next week.", "resume")
    assert has_tense(resume, PRESENT_OR_MODAL_TAGS)
    assert not has_tense(resume, PRESENT_TAGS)


def test_a_reader_may_leave_the_passive_auxiliary_out() -> None:
    counted = _verb("The vote is counted by hand.", "counted")
    assert not has_tense(counted, PRESENT_TAGS, {"aux"})
