"""The per-Doc caches the stages share (`parse.nlp`): the same answers as spaCy's own, and gone
with the article, so a long run's memory does not grow with the Docs it has parsed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from spacy.tokens import Doc

from eventwire import pipeline
from eventwire.ingest import RawDocument
from eventwire.parse.nlp import (
    capitalised,
    entities,
    expanded_span,
    load_nlp,
    noun_chunks,
    tokens,
    tokens_in,
)

TEXT = "The Russian troops met NATO officials in Minsk. The police said he left."


def test_caches_answer_as_spacy_does() -> None:
    doc = load_nlp()(TEXT)
    assert [t.i for t in tokens(doc)] == [t.i for t in doc]
    assert [t.text for t in tokens_in(doc, {"the", "police"})] == ["The", "The", "police"]
    assert [t.text for t in capitalised(doc)] == ["The", "Russian", "NATO", "Minsk", "The"]
    assert entities(doc) == doc.ents
    assert [c.text for c in noun_chunks(doc)] == [c.text for c in doc.noun_chunks]
    for start, end in [(4, 14), (6, 13), (15, 18), (0, 0)]:  # whole, inside, across words, empty
        expected = doc.char_span(start, end, alignment_mode="expand")
        assert expanded_span(doc, start, end) == expected
        assert expanded_span(doc, start, end) is expanded_span(doc, start, end)


def test_words_are_found_alike_from_a_few_or_from_a_long_list() -> None:
    """A short list is looked up word by word, a long one asked of each form of the text:
    either way the same tokens, in text order, once each."""
    doc = load_nlp()(TEXT)
    few = {"police", "the", "absent"}
    many = few | {f"filler{n}" for n in range(50)}
    assert [t.i for t in tokens_in(doc, few)] == [0, 9, 10]
    assert [t.i for t in tokens_in(doc, many)] == [0, 9, 10]
    assert [t.i for t in tokens_in(doc, {"the": "x", "said": "y"})] == [0, 9, 11]


def test_each_doc_is_freed_when_its_stages_end(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[weakref.ref[Doc]] = []
    parse = pipeline.parse_texts

    def recording(texts: Iterator[Doc], batch_size: int) -> Iterator[Doc]:
        for doc in parse(texts, batch_size):
            parsed.append(weakref.ref(doc))
            yield doc

    monkeypatch.setattr(pipeline, "parse_texts", recording)
    raws = [RawDocument(id=str(n), text=f"{TEXT} Story {n}.") for n in range(3)]
    gc.disable()  # only reference counting may free them
    try:
        results = list(pipeline.process(raws))
        assert len(parsed) == 3 and all(r.actors for r in results)
        assert [ref() for ref in parsed] == [None, None, None]
    finally:
        gc.enable()
