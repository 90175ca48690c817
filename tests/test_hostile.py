"""Hostile input: each case gets a clear outcome, quickly, and the rest of the batch is intact."""

from __future__ import annotations

import time

import pytest

from eventwire import pipeline
from eventwire.ingest import RawDocument, read_inputs
from eventwire.model import ErrorReason
from eventwire.pipeline import Analysis, process
from tests.hostile import ENGLISH, TEXT_CASES

BATCH_SECONDS = 60
"""Every case together, on a slow shared machine; the largest alone once took minutes."""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    folder = tmp_path_factory.mktemp("hostile")
    for number, case in enumerate(TEXT_CASES):
        (folder / f"{number:02d}-{case.name}").write_bytes(case.data)
        (folder / f"{number:02d}-{case.name}.good.txt").write_text(ENGLISH, encoding="utf-8")
    start = time.monotonic()
    results = list(process(read_inputs([str(folder)])))
    assert time.monotonic() - start < BATCH_SECONDS
    return {result.id: result for result in results}


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda case: case.name)
def test_hostile_file_gets_its_reason_and_spares_its_neighbour(outcomes: dict, case) -> None:
    number = next(i for i, c in enumerate(TEXT_CASES) if c is case)
    result = outcomes[f"{number:02d}-{case.name}"]
    reasons = [error.reason for error in result.errors]
    assert reasons == ([case.reason] if case.reason else []), [e.message for e in result.errors]
    assert all(error.message and error.source == result.id for error in result.errors)
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
    start = time.monotonic()
    results = list(process(docs))
    assert time.monotonic() - start < 10
    for result in results:
        (error,) = result.errors
        assert (error.stage, error.reason) == ("stuck", ErrorReason.TIMEOUT)
        assert "budget" in error.message and result.actors  # earlier stages' output is kept
