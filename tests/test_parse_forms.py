"""A word list is looked up by a token's word as written and by its lemma (`parse.forms`):
"troops" is found by "troop", and a word the lemmatiser changes ("media") by itself."""

from __future__ import annotations

from eventwire.parse.forms import in_words, word_and_lemma
from eventwire.parse.nlp import load_nlp


def test_a_plural_is_found_by_its_lemma_and_a_capitalised_word_by_its_lower_case() -> None:
    doc = load_nlp()("Troops crossed the river near the old bridges.")
    troops, bridges = doc[0], doc[7]
    assert in_words(troops, {"troop"}) and in_words(troops, {"troops"})
    assert in_words(bridges, frozenset({"bridge"}))
    assert not in_words(doc[3], {"troop", "bridge"})


def test_word_and_lemma_gives_both_forms_lowercased() -> None:
    doc = load_nlp()("Ministers met.")
    assert word_and_lemma(doc[0]) == {"ministers", "minister"}
