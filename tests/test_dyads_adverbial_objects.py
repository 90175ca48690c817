"""A named party the small model hangs right after an objectless verb as its adverbial noun
("met Attorney General Jane Roe on Friday", seen in long articles) is the verb's object."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.titled_objects import titled_names
from eventwire.parse.nlp import load_nlp

WORDS = ["Ruiz", "met", "Attorney", "General", "Linda", "Hale", "on", "Friday", "."]
TAGS = ["NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "IN", "NNP", "."]
POS = ["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
ENTS = ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O"]


def _misparsed(object_label: str) -> Doc:
    deps = ["nsubj", "ROOT", "compound", "compound", "compound", object_label, "prep", "pobj"]
    return Doc(
        load_nlp().vocab,
        words=WORDS,
        tags=TAGS,
        pos=POS,
        heads=[1, 1, 3, 5, 5, 1, 1, 6, 1],
        deps=[*deps, "punct"],
        ents=ENTS,
    )


def test_a_name_read_as_the_verbs_adverbial_noun_is_its_object() -> None:
    doc = _misparsed("npadvmod")
    assert [t.text for t in titled_names(doc[1])] == ["Hale"]


def test_a_day_read_as_an_adverbial_noun_is_no_object() -> None:
    doc = Doc(
        load_nlp().vocab,
        words=["Ruiz", "met", "Friday", "."],
        tags=["NNP", "VBD", "NNP", "."],
        pos=["PROPN", "VERB", "PROPN", "PUNCT"],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "npadvmod", "punct"],
        ents=["B-PERSON", "O", "B-DATE", "O"],
    )
    assert titled_names(doc[1]) == []


def test_a_verb_with_its_own_object_keeps_it() -> None:
    doc = _misparsed("dobj")
    assert titled_names(doc[1]) == []
