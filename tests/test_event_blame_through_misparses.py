"""Blame words the lexicon knows but the parse hid (blame30): a finite verb hung as a modifier,
a phrasal verb hung as a noun, an attack on what a speaker names, the verb "critique", "mad
at" a party, blame with a named critic that an answer meets or a thing is met with; the same
words told of things, with force or with no critic stay what they were."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.events.misparses import hung_clause

from .conftest import coded_events, event_types


@pytest.mark.parametrize(
    "text",
    [
        "Warren spent much of her campaign railing against lobbyists and fighting to end the "
        "practice of giving donors a say in policy.",
        "Speaker Hale relentlessly attacked the Kennedy sisters from the House floor.",
        "The governor critiqued the senator's budget at a town hall on Monday.",
        "Voters in the district are mad at the mayor for raising taxes.",
        "The ruling was met with outrage by teachers, who said it would hurt schools.",
        "It was the senator's first response to Democratic criticism of his plan.",
    ],
)
def test_blame_words_the_parse_hid(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the Kenyatta hospital in Nairobi, killing four.",  # force
        "There were reports of a plan to attack the Boston Pride event last week.",  # an occasion
        "The storm was met with calm by the islanders.",  # no blame noun
        "The army responded to the air strikes with artillery fire.",  # an answered strike
        "He was mad about the weather all week.",  # no party
        "The talks with Iran resumed in Vienna on Monday.",  # a noun stays a noun
    ],
)
def test_same_words_without_blame(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_named_critic_is_the_source() -> None:
    events = coded_events("The ruling was met with outrage by Democrats on Monday.", "2016-05-02")
    assert [(t, doers) for t, _, doers, _ in events] == [("ACCUSE", ["Democrats"])]


def test_finite_verb_with_a_subject_is_a_clause_wherever_hung() -> None:
    """The small model's reading of "Warren scorned Romney's claim": "scorned" a modifier of
    "Romney", with "Warren" its subject; a participle with no subject stays a modifier."""
    words = ["Warren", "scorned", "Romney", "'s", "claim", "and", "the", "alleged", "plot"]
    heads = [1, 2, 4, 2, 4, 4, 8, 8, 4]
    deps = ["nsubj", "amod", "poss", "case", "ROOT", "cc", "det", "amod", "conj"]
    tags = ["NNP", "VBD", "NNP", "POS", "NN", "CC", "DT", "VBN", "NN"]
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "CCONJ", "DET", "VERB", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert hung_clause(doc[1])
    assert not hung_clause(doc[7])
