"""The pipeline on all cores: chunks of documents go to worker processes, results come back
in input order.

A process pool rather than spaCy's `n_process`, because every stage after the parse is Python
too and must scale with it. At most `2 × workers` chunks' worth of documents are in flight, so
memory stays bounded however long the input stream is; the end of the input goes out in smaller
chunks, longest article first, so the workers finish together.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import accumulate, chain, islice
from multiprocessing import forkserver
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

from eventwire.timing import STAGE_SECONDS, take_stage_seconds

if TYPE_CHECKING:  # the records' module (pydantic) would delay `start_early` by a tenth of a second
    from eventwire.ingest import RawDocument
    from eventwire.model import ArticleResult

T = TypeVar("T")

CHUNK_SIZE = 16
"""Documents per task: large enough to amortise pickling, small enough to balance the load."""
EARLY_START_BYTES = 64 * 1024
"""About sixteen news articles (CHUNK_SIZE): inputs from this size start the workers early."""

Chunk: TypeAlias = "list[RawDocument]"
Numbered: TypeAlias = "tuple[int, RawDocument]"
"""A document and its position in the input."""
ChunkResult: TypeAlias = tuple[list[T], dict[str, float], int]
"""A chunk's encoded results, the stage times it took and the worker's peak memory."""

WORKER_PEAK_RSS: dict[str, int] = {"max": 0}
"""Largest peak resident memory (KiB) any worker reported: the benchmark's memory figure."""


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
    return encoded_parallel(raws, workers, _as_is, today, chunk_size)


def encoded_parallel(
    raws: Iterable[RawDocument],
    workers: int,
    encode: Callable[[ArticleResult], T],
    today: date | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[T]:
    """`process_parallel` with each result turned into what the caller keeps (`encode`, a
    module-level function) by the process that made it: a worker's result crosses to this
    process already in its final form (a JSON line costs less to send than a record).

    The pipeline (spaCy) is imported here only for small inputs: for large ones only the
    workers need it, and the fork server imports it while this process reads on."""
    iterator = iter(raws)
    head = list(islice(iterator, chunk_size))
    documents = chain(head, iterator)
    if workers <= 1 or len(head) < chunk_size:
        from eventwire.pipeline import process

        yield from map(encode, process(documents, today=today))
        return
    yield from _pooled(documents, workers, encode, today, chunk_size)


def _as_is(result: ArticleResult) -> ArticleResult:
    return result


def _forkserver() -> BaseContext:
    # forkserver, not fork: workers never inherit the parent's threads (progress bar) or locks;
    # the server imports the pipeline and loads the model once (eventwire.warm), so each worker
    # starts warm.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["eventwire.warm"])
    return context


def start_early(paths: list[str], workers: int) -> None:
    """Start the workers' fork server now when the input is big enough to be shared out: it
    warms up (imports, model, lexicons: seconds on one core) while this process imports the
    readers and reads, instead of after. A small input is done in this process, which would
    leave the server unused, so files under EARLY_START_BYTES do not start it. `workers` 0 means
    all cores."""
    if (workers or default_workers()) > 1 and _big_input(paths):
        _forkserver()
        forkserver.ensure_running()


def _big_input(paths: list[str]) -> bool:
    """Files (directories walked) of EARLY_START_BYTES in all; stdin, globs and URLs, which
    cannot be sized before they are read, are not counted."""
    total = 0
    for name in paths:
        for file in _files(Path(name)):
            total += file.stat().st_size
            if total >= EARLY_START_BYTES:
                return True
    return False


def _files(path: Path) -> Iterator[Path]:
    """The file itself, or every file under a directory (nothing for what does not exist)."""
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from (file for file in path.rglob("*") if file.is_file())


def _pooled(
    documents: Iterator[RawDocument],
    workers: int,
    encode: Callable[[ArticleResult], T],
    today: date | None,
    chunk_size: int,
) -> Iterator[T]:
    with ProcessPoolExecutor(
        workers, mp_context=_forkserver(), initializer=_start_worker, initargs=(os.getpid(),)
    ) as pool:
        pending: deque[tuple[Future[ChunkResult[T]], list[int]]] = deque()
        order: InputOrder[T] = InputOrder()
        for chunk in guided_chunks(documents, chunk_size, workers):
            docs = [doc for _, doc in chunk]
            future = pool.submit(_process_chunk, docs, encode, today)
            pending.append((future, [position for position, _ in chunk]))
            while sum(len(positions) for _, positions in pending) >= 2 * workers * chunk_size:
                yield from order.add(*_collect(*pending.popleft()))
        while pending:
            yield from order.add(*_collect(*pending.popleft()))


def guided_chunks(
    documents: Iterator[RawDocument], size: int, workers: int
) -> Iterator[list[Numbered]]:
    """Chunks of `size` documents with their input positions, but the last `workers × size` of
    the input (known once it ends) go out longest first, each chunk about a `2 × workers`-th of
    the characters left: the workers then finish together instead of one doing a whole last
    chunk, or one long article, while the others wait (guided scheduling by length). Over 300
    random orders of the 150 bench articles (an article's cost taken as 10 ms + 23,000
    characters a second), the later worker finishes 0.9 % after the ideal with chunks shrinking
    by count in input order, 0.2 % so (60 articles: 2.2 → 0.2 %)."""
    tail = workers * size
    numbered = enumerate(documents)
    buffer = list(islice(numbered, tail + size))
    while len(buffer) > tail:
        yield buffer[:size]
        buffer = buffer[size:] + list(islice(numbered, size))
    buffer.sort(key=_length, reverse=True)
    while buffer:
        step = _tail_step(buffer, workers)
        yield buffer[:step]
        buffer = buffer[step:]


def _length(item: Numbered) -> int:
    return len(item[1].text or "")


def _tail_step(buffer: list[Numbered], workers: int) -> int:
    """How many of `buffer` (longest first) make the next chunk: as many as fit in a
    `2 × workers`-th of the characters left, at least one."""
    share = sum(map(_length, buffer)) / (2 * workers)
    fitting = sum(1 for used in accumulate(map(_length, buffer)) if used <= share)
    return max(fitting, 1)


class InputOrder(Generic[T]):
    """Results back in input order: those of the longest-first tail arrive out of it and wait
    here for the ones before them (at most the documents in flight)."""

    def __init__(self) -> None:
        self.waiting: dict[int, T] = {}
        self.next = 0

    def add(self, positions: list[int], results: list[T]) -> Iterator[T]:
        """Take a chunk's results; yield every result whose turn has come."""
        self.waiting.update(zip(positions, results, strict=True))
        while self.next in self.waiting:
            yield self.waiting.pop(self.next)
            self.next += 1


def _collect(future: Future[ChunkResult[T]], positions: list[int]) -> tuple[list[int], list[T]]:
    """A chunk's input positions and results, its stage times and memory noted."""
    results, seconds, peak_rss = future.result()
    STAGE_SECONDS.update(seconds)
    WORKER_PEAK_RSS["max"] = max(WORKER_PEAK_RSS["max"], peak_rss)
    return positions, results


def _start_worker(parent: int) -> None:
    """Make sure the model and lexicons are loaded before any chunk is timed (importing
    `eventwire.warm` warms this process unless the fork server already did, as it normally
    has: then it costs nothing); leave when the parent dies (a killed run leaves no workers
    behind)."""
    import eventwire.warm  # noqa: F401

    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    take_stage_seconds()


def _exit_with(parent: int) -> None:
    # Workers are children of the fork server, not of `parent`, so PR_SET_PDEATHSIG cannot help.
    while True:
        time.sleep(1)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)


def _process_chunk(
    chunk: Chunk, encode: Callable[[ArticleResult], T], today: date | None
) -> ChunkResult[T]:
    """Worker side: the serial pipeline over one chunk, each result encoded, with the stage
    times and peak memory."""
    from eventwire.pipeline import process

    results = [encode(result) for result in process(chunk, today=today)]
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return results, take_stage_seconds(), peak_rss
