"""Timed runs for the benchmark: raw parse, the pipeline on one process and on all cores."""

from __future__ import annotations

import cProfile
import importlib.util
import pstats
import resource
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice, repeat
from pathlib import Path

from spacy.language import Language

from eventwire.ingest import RawDocument, read_inputs
from eventwire.model import ArticleResult
from eventwire.parallel import WORKER_PEAK_RSS, process_parallel
from eventwire.parse.lemmas import CACHED_LEMMATIZER
from eventwire.parse.nlp import BATCH_SIZE, load_nlp
from eventwire.pipeline import PIPELINE_VERSION, process
from eventwire.timing import STAGE_SECONDS

KEEP_RESULTS = 200


@dataclass
class Run:
    """Articles and characters done in a wall time and a CPU time (this process only)."""

    articles: int = 0
    chars: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)

    def add(self, other: Run) -> None:
        self.articles += other.articles
        self.chars += other.chars
        self.wall_s += other.wall_s
        self.cpu_s += other.cpu_s
        for stage, seconds in other.stages.items():
            self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    @property
    def rate(self) -> float:
        return self.articles / self.wall_s if self.wall_s else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.articles / self.cpu_s if self.cpu_s else 0.0


def load_corpus(path: Path, limit: int | None) -> list[RawDocument]:
    """The articles with text, read through eventwire's own JSONL reader."""
    docs = [doc for doc in read_inputs([str(path)]) if doc.text]
    return docs[:limit] if limit else docs


def timed_run(work: Iterable[object], chars: int) -> Run:
    """Drain `work` (a lazy iterator of results), timing it and the stages it charged."""
    STAGE_SECONDS.clear()
    wall, cpu = time.perf_counter(), time.process_time()
    articles = sum(1 for _ in work)
    return Run(
        articles,
        chars,
        time.perf_counter() - wall,
        time.process_time() - cpu,
        dict(STAGE_SECONDS),
    )


def serialised(results: Iterable[ArticleResult], keep: list[ArticleResult]) -> Iterator[str]:
    """The pipeline as the CLI runs it: each result dumped to a JSON line (the first
    KEEP_RESULTS also kept, for the store's write rate)."""
    for result in results:
        with_time = time.perf_counter()
        line = result.model_dump_json()
        STAGE_SECONDS["serialise"] += time.perf_counter() - with_time
        if len(keep) < KEEP_RESULTS:
            keep.append(result)
        yield line


def raw_parse(docs: list[RawDocument]) -> Run:
    """The limit: spaCy alone over the same texts, batched as the pipeline batches them, as
    spaCy ships it (`as_shipped`)."""
    texts = [doc.text or "" for doc in docs]
    with as_shipped(load_nlp()):
        return timed_run(load_nlp().pipe(texts, batch_size=BATCH_SIZE), sum(map(len, texts)))


@contextmanager
def as_shipped(nlp: Language) -> Iterator[None]:
    """The pipeline with spaCy's own Matcher in the attribute ruler and its own lemmatizer,
    which eventwire replaces by an index (`eventwire.parse.ruler`) and a cache
    (`eventwire.parse.lemmas`)."""
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = ruler.matcher
    ruler.matcher = getattr(indexed, "matcher", indexed)
    cached = CACHED_LEMMATIZER in nlp.pipe_names
    if cached:
        nlp.disable_pipe(CACHED_LEMMATIZER)
        nlp.enable_pipe("lemmatizer")
    try:
        yield
    finally:
        ruler.matcher = indexed
        if cached:
            nlp.disable_pipe("lemmatizer")
            nlp.enable_pipe(CACHED_LEMMATIZER)


def end_to_end(
    docs: Iterable[RawDocument], chars: int, workers: int, keep: list[ArticleResult] | None = None
) -> Run:
    results = process(docs) if workers == 1 else process_parallel(docs, workers)
    return timed_run(serialised(results, [] if keep is None else keep), chars)


def store_rates(results: list[ArticleResult]) -> tuple[float, float] | None:
    """Articles saved per second into a fresh SQLite store, and the seconds its refresh
    (near-duplicate grouping, event merging) takes; None without a store module."""
    if importlib.util.find_spec("eventwire.store") is None:
        return None
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "bench.db"))
        start = time.perf_counter()
        for result in results:
            store.save(result, PIPELINE_VERSION)
        saved = time.perf_counter() - start
        start = time.perf_counter()
        store.refresh()
        refreshed = time.perf_counter() - start
        store.close()
    return len(results) / saved, refreshed


def repeated(docs: list[RawDocument], times: int) -> Iterator[RawDocument]:
    """The sample `times` over, streamed, each copy under its own id."""
    for copy, batch in enumerate(repeat(docs, times)):
        for doc in batch:
            yield RawDocument(id=f"{doc.id}#{copy}", text=doc.text, source=doc.source)


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of the largest worker, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own, WORKER_PEAK_RSS.get("max", 0) / 1024


def profile_top(docs: list[RawDocument], count: int = 12) -> list[tuple[str, float, float]]:
    """The functions that cost most (own time, cumulative time) over a few articles."""
    profiler = cProfile.Profile()
    profiler.runcall(lambda: list(islice(process(docs), len(docs))))
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), values in stats.stats.items():  # type: ignore[attr-defined]
        _, _, own, cumulative, _ = values
        short = filename.split("site-packages/")[-1].split("src/")[-1]
        rows.append((f"{short}:{line}({name})", own, cumulative))
    return sorted(rows, key=lambda row: row[1], reverse=True)[:count]
