"""A verb written with a hyphenated prefix ("re-opened", "co-sponsored") is one word, tagged and
lemmatised as the verb it is; a prefixed noun ("re-election") is split as before."""

from __future__ import annotations

from eventwire.parse.nlp import load_nlp

from .conftest import coded_events


def test_a_prefixed_verb_is_one_word_heading_its_clause() -> None:
    doc = load_nlp()("The council re-elected its chairman on Friday.")
    verb = next(t for t in doc if t.text == "re-elected")
    assert (verb.pos_, verb.lemma_, verb.dep_) == ("VERB", "reelect", "ROOT")
    assert {c.dep_ for c in verb.children} >= {"nsubj", "dobj"}


def test_a_prefixed_verb_english_spells_only_hyphenated_keeps_its_hyphen() -> None:
    doc = load_nlp()("Troops re-entered the town after the ceasefire collapsed.")
    assert next(t.lemma_ for t in doc if t.text == "re-entered") == "re-enter"


def test_a_prefixed_noun_is_still_split() -> None:
    doc = load_nlp()("The governor is running for re-election next year.")
    assert [t.text for t in doc][5:8] == ["re", "-", "election"]


def test_a_prefixed_verb_fires_its_solid_spellings_lexicon_row() -> None:
    text = "Chile re-established diplomatic relations with Peru last week."
    events = coded_events(text, "1998-06-10")
    assert ("SUPPORT", "050", ["Chile"], ["Peru"]) in events
