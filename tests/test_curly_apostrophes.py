"""Word lists read a curly apostrophe ("won’t", "they’ll") as the straight one they list."""

from __future__ import annotations

from eventwire.lexicons import word_set, words
from tests.conftest import event_at, run_texts


def test_a_listed_contraction_is_known_in_both_spellings() -> None:
    negations = words("modality_words.tsv", "negation")
    assert {"n't", "n’t"} <= negations


def test_a_curly_negative_contraction_negates_the_act() -> None:
    (result,) = run_texts("Officials said Hungary won’t accept the refugees.")
    assert event_at(result, "accept").modality == "negated"


def test_the_event_keeps_the_article_s_own_apostrophe() -> None:
    (result,) = run_texts("The mayor’s office said Smith didn’t meet the governor on Monday.")
    event = event_at(result, "meet")
    assert event.modality == "negated"
    assert "didn’t" in event.sentence.text


def test_a_curly_future_contraction_puts_the_act_ahead() -> None:
    """The word sets of auxiliaries (the tense's "will", "'ll") live in the lexicon, so "’ll"
    tells a march to come as "'ll" does."""
    (result,) = run_texts("Protesters said they’ll march until Maduro resigns.")
    assert event_at(result, "march").modality == "planned"


def test_a_lone_apostrophe_keeps_one_form_as_a_curly_one_closes_quotes() -> None:
    marks = word_set("possessive_mark")
    assert "’s" in marks and "'" in marks and "’" not in marks
