"""A verb's arguments as events and quotes both read them: its direct objects, what it is done
to in either voice, and the objects of its prepositions."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.parse.arguments import objects, patients, prep_nouns, prep_objects
from eventwire.parse.nlp import load_nlp


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def _texts(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def test_an_active_verb_has_its_direct_object() -> None:
    doc = load_nlp()("Harbour police detained two fishermen on Sunday.")
    assert _texts(objects(_word(doc, "detained"))) == ["fishermen"]
    assert _texts(patients(_word(doc, "detained"))) == ["fishermen"]


def test_a_passive_verb_is_done_to_its_subject() -> None:
    doc = load_nlp()("The two fishermen were detained by harbour police.")
    assert objects(_word(doc, "detained")) == []
    assert _texts(patients(_word(doc, "detained"))) == ["fishermen"]


def test_a_preposition_gives_its_noun_and_only_nouns_as_nouns() -> None:
    doc = load_nlp()("The mayor met with the governor and thanked him for calling.")
    assert _texts(prep_nouns(_word(doc, "met"), {"with"})) == ["governor"]
    assert _texts(prep_objects(_word(doc, "thanked"), {"for"})) == ["calling"]
    assert prep_nouns(_word(doc, "thanked"), {"for"}) == []
