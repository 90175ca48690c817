"""Word lists read a curly apostrophe ("won’t", "they’ll") as the straight one they list, and the
parse reads a curly "n’t" as the negation a straight one is."""

from __future__ import annotations

from eventwire.lexicons import word_set, words
from eventwire.parse.nlp import load_nlp
from tests.conftest import event_at, judged_sides, run_texts


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


def test_a_merit_denied_with_a_curly_contraction_is_a_charge_not_praise() -> None:
    """The small model labels some curly "n’t" a punctuation mark: "isn’t even fit" read as
    "is fit" turned a newspaper's verdict against the governor into backing."""
    sides = judged_sides(
        "Six Gannett newspapers in New Jersey said Chris Christie isn’t even fit to be governor."
    )
    assert [(type_, targets) for type_, _, targets in sides] == [("ACCUSE", ["Chris Christie"])]


def test_a_mislabelled_curly_contraction_reads_as_the_negation() -> None:
    doc = load_nlp()("Sanders wasn’t impressed, and the results aren’t in.")
    assert [t.dep_ for t in doc if t.text == "n’t"] == ["neg", "neg"]
