"""Hostile input: each case gets a clear outcome and the rest of the batch is intact.

No check here is timed, as a loaded machine stretches any clock: the pipeline's own budget per
document turns a slow stage into a recorded TIMEOUT (which no case expects), a document over the
size limits is refused before the extractors, and `hang_guard` stops a run that never ends.
"""

from __future__ import annotations

import faulthandler
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from eventwire import pipeline
from eventwire.ingest import RawDocument, read_inputs
from eventwire.model import ErrorReason
from eventwire.pipeline import Analysis, process
from tests.hostile import CONTAINER_CASES, ENGLISH, TEXT_CASES, truncated, warc

HANG_SECONDS = 1800
"""A hang guard only, far past any slow machine's run: past it the run stops with every
thread's stack instead of waiting forever."""
TINY = 100_000


@contextmanager
def hang_guard() -> Iterator[None]:
    """Stop the test run, printing where it is stuck, if the block runs past `HANG_SECONDS`
    (a watchdog thread: the pipeline's own timers and signals are left alone)."""
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    folder = tmp_path_factory.mktemp("hostile")
    for number, case in enumerate(TEXT_CASES):
        (folder / f"{number:02d}-{case.name}").write_bytes(case.data)
        (folder / f"{number:02d}-{case.name}.good.txt").write_text(ENGLISH, encoding="utf-8")
    with hang_guard():
        results = list(process(read_inputs([str(folder)])))
    return {result.id: result for result in results}


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda case: case.name)
def test_hostile_file_gets_its_reason_and_spares_its_neighbour(outcomes: dict, case) -> None:
    number = next(i for i, c in enumerate(TEXT_CASES) if c is case)
    result = outcomes[f"{number:02d}-{case.name}"]
    reasons = [error.reason for error in result.errors]
    assert reasons == ([case.reason] if case.reason else []), [e.message for e in result.errors]
    assert all(error.message and error.source == result.id for error in result.errors)
    if case.reason == ErrorReason.TOO_LONG:  # refused by its size, before any extractor ran
        assert result.actors == [] and result.events == []
    neighbour = outcomes[f"{number:02d}-{case.name}.good.txt"]
    assert neighbour.errors == [] and {a.name for a in neighbour.actors} >= {"Alexander Lukashenko"}


def _spin(analysis: Analysis) -> None:
    """A stage stuck in a loop that even swallows exceptions."""
    while True:
        try:
            time.sleep(0.01)
        except Exception:
            continue


def test_a_stuck_stage_is_stopped_by_the_document_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "DOCUMENT_SECONDS", 0.5)
    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES, ("stuck", _spin)])
    docs = [RawDocument(id=f"d{i}", text=ENGLISH) for i in range(3)]
    with hang_guard():  # without the budget, the stage never returns
        results = list(process(docs))
    for result in results:
        (error,) = result.errors
        assert (error.stage, error.reason) == ("stuck", ErrorReason.TIMEOUT)
        assert "budget" in error.message and result.actors  # earlier stages' output is kept


def _compute(analysis: Analysis) -> None:
    """A stage stuck computing: it spends CPU, which the budget counts."""
    while True:
        try:
            sum(range(10_000))
        except Exception:
            continue


def test_a_computing_stage_is_stopped_by_the_cpu_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "DOCUMENT_SECONDS", 0.3)
    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES, ("busy", _compute)])
    with hang_guard():  # without the budget, the stage never returns
        (result,) = process([RawDocument(id="d0", text=ENGLISH)])
    (error,) = result.errors
    assert (error.stage, error.reason) == ("busy", ErrorReason.TIMEOUT)
    assert "CPU" in error.message and result.events  # the stages before it kept their output


@pytest.fixture(scope="module")
def container_outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    folder = tmp_path_factory.mktemp("containers")
    for case in CONTAINER_CASES:
        (folder / case.name).write_bytes(case.data)
    (folder / "truncated.warc.gz").write_bytes(truncated(warc(12)))
    (folder / "zz-good.txt").write_text(ENGLISH, encoding="utf-8")
    with hang_guard():
        results = list(process(read_inputs([str(folder)])))
    by_file: dict[str, list] = {}
    for result in results:
        by_file.setdefault(result.id.split(":")[0], []).append(result)
    return by_file


@pytest.mark.parametrize("case", CONTAINER_CASES, ids=lambda case: case.name)
def test_hostile_container_gets_its_reason(container_outcomes: dict, case) -> None:
    (result,) = container_outcomes[case.name]
    reasons = [error.reason for error in result.errors]
    assert reasons == ([case.reason] if case.reason else []), [e.message for e in result.errors]
    if result.article is not None:
        assert len(result.article.text) < 10_000, "no entity was expanded"
        assert "root:" not in result.article.text, "no external entity was read"
    assert container_outcomes["zz-good.txt"][0].errors == []


def test_a_truncated_warc_keeps_its_complete_records(container_outcomes: dict) -> None:
    *complete, cut = container_outcomes["truncated.warc.gz"]
    assert len(complete) >= 5 and all(result.errors == [] for result in complete)
    assert [r.article.url for r in complete[:2]] == ["http://example.org/0", "http://example.org/1"]
    assert [error.reason for error in cut.errors] == [ErrorReason.UNREADABLE]


@pytest.mark.slow
def test_a_hundred_thousand_tiny_articles_stream_through_ingest(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"n{i}", "text": f"Troops arrived in Minsk {i}."}) for i in range(TINY)
    ]
    lines.insert(TINY // 2, "{not json")
    (tmp_path / "tiny.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with hang_guard():
        docs = list(read_inputs([str(tmp_path / "tiny.jsonl")]))
    assert len(docs) == TINY + 1 and len({doc.id for doc in docs}) == TINY + 1
    (bad,) = [doc for doc in docs if doc.errors]
    assert bad.errors[0].reason == ErrorReason.INVALID_INPUT
    sample = docs[:200]
    start = time.process_time()  # CPU time: a loaded machine does not stretch it as the clock
    assert all(result.article for result in process(sample))
    assert (time.process_time() - start) / len(sample) < 0.5, "CPU seconds per tiny article"
