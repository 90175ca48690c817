"""The pipeline on all cores: chunks of documents go to worker processes, results come back
in input order.

A process pool rather than spaCy's `n_process`, because every stage after the parse is Python
too and must scale with it. At most `2 × workers` chunks are in flight, so memory stays bounded
however long the input stream is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import chain, islice

from eventwire.ingest import RawDocument
from eventwire.model import ArticleResult
from eventwire.parse.nlp import load_nlp
from eventwire.pipeline import process
from eventwire.timing import STAGE_SECONDS, take_stage_seconds

CHUNK_SIZE = 16
"""Documents per task: large enough to amortise pickling, small enough to balance the load."""

Chunk = list[RawDocument]
ChunkResult = tuple[list[ArticleResult], dict[str, float]]


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def process_parallel(
    raws: Iterable[RawDocument],
    workers: int,
    today: date | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[ArticleResult]:
    """Like `pipeline.process`, on `workers` processes; small inputs stay in this process."""
    iterator = iter(raws)
    head = list(islice(iterator, chunk_size))
    documents = chain(head, iterator)
    if workers <= 1 or len(head) < chunk_size:
        yield from process(documents, today=today)
        return
    yield from _pooled(documents, workers, today, chunk_size)


def _pooled(
    documents: Iterator[RawDocument], workers: int, today: date | None, chunk_size: int
) -> Iterator[ArticleResult]:
    # forkserver, not fork: workers never inherit the parent's threads (progress bar) or locks;
    # the server imports the pipeline once, so each worker only has to load the model.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["eventwire.pipeline"])
    with ProcessPoolExecutor(workers, mp_context=context, initializer=load_nlp) as pool:
        pending: deque[Future[ChunkResult]] = deque()
        while chunk := list(islice(documents, chunk_size)):
            pending.append(pool.submit(_process_chunk, chunk, today))
            if len(pending) >= 2 * workers:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


def _collect(future: Future[ChunkResult]) -> list[ArticleResult]:
    results, seconds = future.result()
    STAGE_SECONDS.update(seconds)
    return results


def _process_chunk(chunk: Chunk, today: date | None) -> ChunkResult:
    """Worker side: the serial pipeline over one chunk, with the stage time it took."""
    results = list(process(chunk, today=today))
    return results, take_stage_seconds()
