"""A verb written with a hyphenated prefix ("re-opened", "co-sponsored") is one word, tagged as
a verb and lemmatised as the verb after its prefix; a prefixed noun ("re-election") is split."""

from __future__ import annotations

from eventwire.parse.nlp import load_nlp

from .conftest import coded_events


def test_a_prefixed_verb_is_one_word_heading_its_clause() -> None:
    doc = load_nlp()("The council re-elected its chairman on Friday.")
    verb = next(t for t in doc if t.text == "re-elected")
    assert (verb.pos_, verb.lemma_, verb.dep_) == ("VERB", "elect", "ROOT")
    assert {c.dep_ for c in verb.children} >= {"nsubj", "dobj"}


def test_a_prefixed_verb_ending_in_e_has_its_verbs_lemma() -> None:
    doc = load_nlp()("The agency re-staged the raid for the cameras.")
    assert next(t.lemma_ for t in doc if t.text == "re-staged") == "stage"


def test_a_prefixed_noun_is_still_split() -> None:
    doc = load_nlp()("The governor is running for re-election next year.")
    assert [t.text for t in doc][5:8] == ["re", "-", "election"]


def test_a_prefixed_verb_fires_its_verbs_lexicon_row() -> None:
    text = "Chile re-established diplomatic relations with Peru last week."
    events = coded_events(text, "1998-06-10")
    assert ("SUPPORT", "050", ["Chile"], ["Peru"]) in events
