"""The attribute ruler's indexed matcher (`parse.ruler`): the same matches, and so the same parts
of speech, morphology and lemmas, as spaCy's own Matcher over the model's patterns."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from eventwire.parse.lemmas import CACHED_LEMMATIZER
from eventwire.parse.nlp import load_nlp
from eventwire.parse.ruler import IndexedMatcher, index_attribute_ruler

# Multi-token patterns (gon na, let 's), a regular expression (nothin'), dependency tests (there
# are), sets of forms (are, 're), spaces and pronouns: each kind of pattern the model has.
TEXT = (
    "There are    troops we're gonna move, let's say.\n\nNothin' was said; he himself got it, "
    "she gets hers and everyone did what they had done. Those might've been theirs."
)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def _stock_matcher() -> Matcher:
    """spaCy's Matcher over the model ruler's patterns, as the ruler itself adds them."""
    nlp = load_nlp()
    stock = Matcher(nlp.vocab)
    for key, entry in enumerate(nlp.get_pipe("attribute_ruler").patterns):
        stock.add(str(key), entry["patterns"])
    return stock


def test_the_model_ruler_uses_the_index() -> None:
    assert isinstance(load_nlp().get_pipe("attribute_ruler").matcher, IndexedMatcher)


def test_matches_are_spacys() -> None:
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    stock = _stock_matcher()
    doc = nlp(TEXT, disable=["attribute_ruler", CACHED_LEMMATIZER])
    found = sorted(ruler.matcher(doc, allow_missing=True, as_spans=False))
    assert found == sorted(stock(doc, allow_missing=True, as_spans=False))
    assert len({start for _, start, _ in found}) == len(doc)  # every token's tag has a rule


def test_forms_met_before_match_as_spacys() -> None:
    """The forms a regular expression was tried on are remembered: a later Doc with the same
    forms still gets spaCy's matches."""
    nlp = load_nlp()
    ruler, stock = nlp.get_pipe("attribute_ruler"), _stock_matcher()
    for text in (TEXT, "Nothin' more: y'all know nothin' of it."):
        doc = nlp(text, disable=["attribute_ruler", CACHED_LEMMATIZER])
        found = sorted(ruler.matcher(doc, allow_missing=True, as_spans=False))
        assert found == sorted(stock(doc, allow_missing=True, as_spans=False))


def test_annotations_are_spacys(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = _annotations(nlp(TEXT))
    monkeypatch.setattr(ruler, "matcher", ruler.matcher.matcher)
    assert indexed == _annotations(nlp(TEXT))


def test_patterns_added_later_are_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedMatcher(_stock_matcher(), nlp.vocab.strings, ruler.patterns)
    monkeypatch.setattr(ruler, "matcher", indexed)
    for name in ("attrs", "indices", "_attrs_unnormed"):  # what `add` appends to
        monkeypatch.setattr(ruler, name, list(getattr(ruler, name)))
    ruler.add([[{"LOWER": "troops"}]], {"LEMMA": "soldier"})
    assert [t.lemma_ for t in nlp("The troops left.")] == ["the", "soldier", "leave", "."]


@pytest.mark.parametrize(
    "token",
    [{"LENGTH": 6}, {"LOWER": "troops", "OP": "?"}, {"LOWER": {"FUZZY": "troop"}}, {"IS_SPACE": 0}],
)
def test_patterns_the_index_cannot_read_keep_spacys_matcher(token: dict[str, object]) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[token]], {"LEMMA": "soldier"})
    index_attribute_ruler(nlp)
    assert not isinstance(ruler.matcher, IndexedMatcher)
    assert nlp("troops")[0].lemma_ == "soldier"
