"""A past-tense verb the small model reads as a noun's modifier, in a sentence it leaves with
no verb ("Trump blasted Disney ..." as one noun phrase), is the sentence's verb: its act is
coded with the opening name as the doer. Noun phrases with a determiner keep their reading."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.parse.modifier_verbs import MODIFIER_VERBS
from eventwire.parse.nlp import load_nlp

from .conftest import named_dyads, repaired, word_in

LEDE = "Donald Trump and Hillary Clinton campaigned in Ohio on Sunday.\n\n"


def _misparsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A Doc carrying exactly the misparse to repair, as the small model gives it after a lede."""
    pos = {
        "NN": "NOUN",
        "NNS": "NOUN",
        "VBN": "VERB",
        "VBD": "VERB",
        "IN": "ADP",
        "DT": "DET",
        ".": "PUNCT",
    }
    parse = {"words": words, "tags": tags, "heads": heads, "deps": deps}
    return repaired(
        MODIFIER_VERBS, parse, [pos.get(tag, "PROPN") for tag in tags], [w.lower() for w in words]
    )


def test_past_form_between_a_name_and_its_noun_becomes_the_verb() -> None:
    doc = _misparsed(
        ["Trump", "blasted", "Disney", "executives", "on", "Monday", "."],
        ["NN", "VBN", "NNP", "NNS", "IN", "NNP", "."],
        [3, 2, 3, 3, 3, 4, 3],
        ["compound", "amod", "compound", "ROOT", "prep", "pobj", "punct"],
    )
    verb = word_in(doc, "blasted")
    assert (verb.pos_, verb.tag_, verb.lemma_, verb.dep_) == ("VERB", "VBD", "blast", "ROOT")
    assert (word_in(doc, "Trump").dep_, word_in(doc, "Trump").head) == ("nsubj", verb)
    assert (word_in(doc, "executives").dep_, word_in(doc, "executives").head) == ("dobj", verb)
    assert word_in(doc, "on").head == verb
    assert len(list(doc.sents)) == 1


def test_the_old_head_hung_on_the_verb_is_no_second_root() -> None:
    doc = load_nlp()("Update: Trump blasted Disney executives on Monday.")
    verb = word_in(doc, "blasted")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["blasted"]
    assert word_in(doc, "Update").head == verb


def test_noun_phrase_with_a_determiner_keeps_its_participle() -> None:
    """ "The Senate approved budget": a determined noun phrase, no clause."""
    doc = _misparsed(
        ["The", "Senate", "approved", "budget", "."],
        ["DT", "NNP", "VBN", "NN", "."],
        [1, 3, 3, 3, 3],
        ["det", "compound", "amod", "ROOT", "punct"],
    )
    assert (word_in(doc, "approved").pos_, word_in(doc, "approved").dep_) == ("VERB", "amod")


def test_participle_before_a_noun_stays_where_the_sentence_has_its_verb() -> None:
    """ "Trump backed candidates won": "won" is the verb, "backed" qualifies "candidates"."""
    doc = _misparsed(
        ["Trump", "backed", "candidates", "won", "."],
        ["NNP", "VBN", "NNS", "VBD", "."],
        [2, 2, 3, 3, 3],
        ["compound", "amod", "nsubj", "ROOT", "punct"],
    )
    assert (word_in(doc, "backed").dep_, word_in(doc, "won").dep_) == ("amod", "ROOT")


def test_verb_read_as_a_modifier_after_a_lede_codes_its_act() -> None:
    assert named_dyads(LEDE + "Trump blasted Disney for its hiring practices.") == [
        ("ACCUSE", ["Donald Trump"], ["Disney"])
    ]


def test_verb_read_as_a_modifier_after_an_opening_phrase() -> None:
    text = LEDE + "In March, Trump thanked supporters in Iowa."
    assert [(t, s) for t, s, _ in named_dyads(text)] == [("SUPPORT", ["Donald Trump"])]
