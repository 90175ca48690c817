"""The Spark job writes the same records as the local run (skipped without pyspark or Java)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.pipeline import process
from tests.conftest import REFERENCE
from tests.pages import page, plain_jsonl

pytest.importorskip("pyspark", reason="pyspark is the optional extra eventwire[spark]")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java (17 or newer) on PATH", allow_module_level=True)

from eventwire.spark import run_spark, spark_session


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REFERENCE, folder / REFERENCE.name)
    (folder / "page.html").write_bytes(page("https://news.example.org/grain"))
    lines = plain_jsonl("j1", "https://news.example.org/a") + '{"id": "j2", "text": ""}\n'
    (folder / "batch.jsonl").write_text(lines, encoding="utf-8")
    return folder


def test_spark_records_equal_the_local_run(corpus: Path, tmp_path: Path) -> None:
    local = [r.model_dump(mode="json") for r in process(read_inputs([str(corpus)]))]
    output = tmp_path / "out.parquet"
    spark = spark_session("local[1]")  # one JVM for both steps
    try:
        assert run_spark(str(corpus), str(output), "local[1]") == len(local)
        rows = spark.read.parquet(str(output)).orderBy("path", "position").collect()
    finally:
        spark.stop()
    records = [json.loads(row.record) for row in rows]
    assert records == local
    assert [row.id for row in rows] == ["j1", "j2", "page.html", REFERENCE.name]
    assert rows[-1].headline == local[-1]["article"]["headline"]["value"]
