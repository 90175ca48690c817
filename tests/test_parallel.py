"""Parallel runs equal serial ones, in input order; a killed run resumes without gaps or repeats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest import RawDocument
from eventwire.output import indented, json_line
from eventwire.parallel import encoded_parallel, guided_chunks, process_parallel
from eventwire.pipeline import process
from eventwire.timing import STAGE_SECONDS
from tests.conftest import REFERENCE, TODAY
from tests.pages import TEXT

runner = CliRunner()


def corpus() -> list[RawDocument]:
    """Articles of different lengths, one of them unreadable, so chunks differ in cost."""
    reference = REFERENCE.read_text(encoding="utf-8")
    texts = [reference, TEXT, reference[:600], TEXT.upper(), "   "] * 3
    return [RawDocument(id=f"d{i:02}", text=t or None) for i, t in enumerate(texts)]


def test_parallel_equals_serial_in_input_order() -> None:
    serial = list(process(corpus(), today=TODAY))
    STAGE_SECONDS.clear()
    parallel = list(process_parallel(corpus(), workers=2, today=TODAY, chunk_size=4))
    assert [r.id for r in parallel] == [f"d{i:02}" for i in range(15)]
    assert parallel == serial
    assert STAGE_SECONDS["parse"] > 0, "workers report their stage times"


def test_workers_write_the_json_lines_a_serial_run_writes() -> None:
    serial = [json_line(result) for result in process(corpus(), today=TODAY)]
    lines = list(encoded_parallel(corpus(), 2, json_line, today=TODAY, chunk_size=4))
    assert lines == serial
    assert all("\n" not in line for line in lines)
    assert json.loads(indented(lines[0])) == json.loads(lines[0])


def test_last_chunks_shrink_longest_first_so_workers_finish_together() -> None:
    documents = corpus() * 10  # 150
    chunks = list(guided_chunks(iter(documents), size=16, workers=2))
    numbered = [item for chunk in chunks for item in chunk]
    assert sorted(position for position, _ in numbered) == list(range(150)), "all, once"
    assert all(documents[position] is doc for position, doc in numbered)
    sizes = [len(chunk) for chunk in chunks]
    assert sizes[:8] == [16] * 8
    assert [position for position, _ in numbered[:128]] == list(range(128)), "in input order"
    assert max(sizes[8:]) < 16 and sizes[-1] == 1, "the tail in smaller chunks"
    tail = [len(doc.text or "") for _, doc in numbered[128:]]
    assert tail == sorted(tail, reverse=True), "then the rest, longest first"


@pytest.fixture
def jsonl_input(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": doc.id, "text": doc.text or ""}) for doc in corpus()[:6]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract(*args: str) -> None:
    result = runner.invoke(app, ["extract", *args, "--workers", "1"])
    assert result.exit_code == 0, result.output


def test_resume_after_kill_has_no_gaps_or_duplicates(jsonl_input: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl"
    extract(str(jsonl_input), "-o", str(full))
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    killed = tmp_path / "killed.jsonl"
    killed.write_text("".join(lines[:2]) + lines[2][:50], encoding="utf-8")  # cut mid-line
    extract(str(jsonl_input), "-o", str(killed), "--resume")
    assert killed.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    extract(str(jsonl_input), "-o", str(killed), "--resume")
    assert killed.read_text(encoding="utf-8") == full.read_text(encoding="utf-8"), "idempotent"


def test_resume_refuses_output_of_other_inputs(jsonl_input: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "elsewhere", "text": "x"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(jsonl_input), "-o", str(other), "--resume"])
    assert result.exit_code == 2
    assert "cannot resume" in result.output
