"""Ingest into the store: skip what is already stored at this pipeline version, save the rest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eventwire.ingest import RawDocument
from eventwire.model import ArticleResult
from eventwire.pipeline import article_id
from eventwire.store import Store
from eventwire.store.rows import input_key


def document_key(raw: RawDocument) -> str:
    """The key its result will be stored under, known before the pipeline runs."""
    return article_id(raw.text) if raw.text is not None else input_key(raw.id)


def pending(store: Store, docs: list[RawDocument], version: str) -> list[RawDocument]:
    """Documents not yet stored with this pipeline version: what a resumed run still has to do."""
    stored = store.stored_versions(sorted({document_key(doc) for doc in docs}))
    return [doc for doc in docs if stored.get(document_key(doc)) != version]


def save_all(store: Store, results: Iterable[ArticleResult], version: str) -> Counter[str]:
    """Save each result as it comes (a crash loses at most the current one), then refresh."""
    outcomes: Counter[str] = Counter()
    for result in results:
        outcomes[store.save(result, version).value] += 1
    outcomes.update(store.refresh())
    return outcomes
