"""Ingest into the store: skip what is already stored at this pipeline version, save the rest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice

from eventwire.ingest import RawDocument
from eventwire.model import ArticleResult
from eventwire.pipeline import article_id
from eventwire.store import Store
from eventwire.store.rows import input_key


def document_key(raw: RawDocument) -> str:
    """The key its result will be stored under, known before the pipeline runs."""
    return article_id(raw.text) if raw.text is not None else input_key(raw.id)


LOOKUP_BATCH = 32
"""Documents whose stored versions are looked up in one query: the only ones held at once
(up to 4 MB of text each), and few next to the time the pipeline spends on each."""


def pending(
    store: Store, docs: Iterable[RawDocument], version: str, skipped: Counter[str]
) -> Iterator[RawDocument]:
    """Documents not yet stored with this pipeline version, streamed (the input may be larger
    than memory): what a resumed run still has to do. Counts the others in `skipped`."""
    iterator = iter(docs)
    while batch := list(islice(iterator, LOOKUP_BATCH)):
        stored = store.stored_versions(sorted({document_key(doc) for doc in batch}))
        for doc in batch:
            if stored.get(document_key(doc)) == version:
                skipped["stored"] += 1
            else:
                yield doc


def save_all(store: Store, results: Iterable[ArticleResult], version: str) -> Counter[str]:
    """Save each result as it comes (a crash loses at most the current one), then refresh."""
    outcomes: Counter[str] = Counter()
    for result in results:
        outcomes[store.save(result, version).value] += 1
    outcomes.update(store.refresh())
    return outcomes
