"""Verbs the small model tags as adjectives or nouns get their verb reading back, and real
adjectives and nouns keep theirs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.parse.nlp import load_nlp
from eventwire.parse.verb_repairs import VERB_REPAIRS

from .conftest import coded_events


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def _misparsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A Doc carrying exactly the misparse to repair, as the small model gives it in long
    sentences (its output on a short sentence is already right)."""
    nlp = load_nlp()
    pos = {"JJ": "ADJ", "NN": "NOUN", "NNS": "NOUN", "RB": "ADV", "VBD": "AUX", "IN": "ADP"}
    doc = Doc(
        nlp.vocab,
        words=words,
        tags=tags,
        heads=heads,
        deps=deps,
        pos=[pos.get(tag, "PROPN" if tag.startswith("NNP") else "PUNCT") for tag in tags],
        lemmas=[{"was": "be", "were": "be", "got": "get"}.get(w.lower(), w.lower()) for w in words],
    )
    return nlp.get_pipe(VERB_REPAIRS)(doc)


def test_adjective_participle_after_be_becomes_a_passive() -> None:
    doc = _misparsed(
        ["The", "plan", "was", "widely", "ridiculed", "."],
        ["DT", "NN", "VBD", "RB", "JJ", "."],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "advmod", "acomp", "punct"],
    )
    verb = _word(doc, "ridiculed")
    assert (verb.pos_, verb.tag_, verb.lemma_, verb.dep_) == ("VERB", "VBN", "ridicule", "ROOT")
    assert _word(doc, "plan").dep_ == "nsubjpass"
    assert (_word(doc, "was").dep_, _word(doc, "was").head) == ("auxpass", verb)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(("verb", "pos"), [("got", "VERB"), ("seemed", "ADJ")])
def test_adjective_participle_is_a_passive_after_get_not_a_linking_verb(verb: str, pos: str):
    """ "got arrested" is a passive like "was arrested"; "seemed arrested" keeps its adjective."""
    doc = _misparsed(
        ["The", "driver", verb, "arrested", "."],
        ["DT", "NN", "VBD", "JJ", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "acomp", "punct"],
    )
    assert _word(doc, "arrested").pos_ == pos


def test_adjective_english_also_has_stays_without_a_doer() -> None:
    doc = _misparsed(
        ["The", "talks", "were", "relaxed", "."],
        ["DT", "NNS", "VBD", "JJ", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "acomp", "punct"],
    )
    assert _word(doc, "relaxed").pos_ == "ADJ"


def test_noun_after_to_and_an_adverb_is_an_infinitive() -> None:
    doc = _misparsed(
        ["Kohl", "went", "to", "publicly", "condemn", "Paris", "."],
        ["NNP", "VBD", "IN", "RB", "NN", "NNP", "."],
        [1, 1, 1, 4, 2, 4, 1],
        ["nsubj", "ROOT", "prep", "advmod", "pobj", "dobj", "punct"],
    )
    verb = _word(doc, "condemn")
    assert (verb.pos_, verb.tag_, verb.dep_, verb.head.text) == ("VERB", "VB", "xcomp", "went")
    assert (_word(doc, "to").dep_, _word(doc, "to").head) == ("aux", verb)


def test_infinitive_repaired_where_to_was_the_root_heads_the_sentence() -> None:
    doc = _misparsed(
        ["To", "publicly", "condemn", "Paris", "."],
        ["IN", "RB", "NN", "NNP", "."],
        [0, 2, 0, 2, 0],
        ["ROOT", "advmod", "pobj", "dobj", "punct"],
    )
    verb = _word(doc, "condemn")
    assert (verb.dep_, verb.head, str(verb.morph)) == ("ROOT", verb, "VerbForm=Inf")
    assert (_word(doc, "To").dep_, _word(doc, "To").head) == ("aux", verb)


def test_noun_right_after_to_stays_a_noun() -> None:
    doc = _misparsed(
        ["Kohl", "went", "to", "court", "."],
        ["NNP", "VBD", "IN", "NN", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
    )
    assert _word(doc, "court").pos_ == "NOUN"


def test_plural_noun_root_after_its_subject_is_a_verb() -> None:
    doc = _misparsed(
        ["Minister", "Kohl", "condemns", "Paris", "."],
        ["NNP", "NNP", "NNS", "NNP", "."],
        [1, 2, 2, 2, 2],
        ["compound", "nsubj", "ROOT", "dobj", "punct"],
    )
    verb = _word(doc, "condemns")
    assert (verb.pos_, verb.tag_, verb.lemma_) == ("VERB", "VBZ", "condemn")


def test_owned_plural_noun_root_stays_a_noun() -> None:
    doc = _misparsed(
        ["Kohl", "'s", "wins", "."],
        ["NNP", "POS", "NNS", "."],
        [2, 0, 2, 2],
        ["nsubj", "case", "ROOT", "punct"],
    )
    assert _word(doc, "wins").pos_ == "NOUN"


def test_real_adjective_is_no_event() -> None:
    events = coded_events("The two leaders met in a relaxed mood on Tuesday.", "2016-03-01")
    assert all(code != "081" for _, code, _, _ in events)


def test_repaired_passive_is_coded_with_its_doer_and_target() -> None:
    text = "The governor's budget was much derided by Democrats in the state senate."
    events = coded_events(text, "2016-03-01")
    assert ("ACCUSE", "111", ["Democrats"], ["The governor"]) in events
