"""The command line: the JSON contract, JSONL order and ids, and the published schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import ArticleResult
from eventwire.report import place_table, print_summary
from tests.conftest import REFERENCE

runner = CliRunner()
CONTRACT_KEYS = [
    "id",
    "article",
    "actors",
    "mentions",
    "quotes",
    "events",
    "times",
    "places",
    "errors",
]


def test_extract_single_article_writes_json() -> None:
    result = runner.invoke(app, ["extract", str(REFERENCE)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert list(record) == CONTRACT_KEYS
    assert record["id"] == "tass-belarus-drills.txt"
    assert record["article"]["agency"]["value"] == "TASS"


def test_extract_jsonl_keeps_input_order_and_ids(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"n{i}", "text": f"Story {i}: NATO met in Brussels."}) for i in range(5)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"n{i}" for i in range(5)]


def test_supplied_date_option() -> None:
    result = runner.invoke(app, ["extract", str(REFERENCE), "--date", "2022-02-04"])
    record = json.loads(result.stdout)
    assert record["article"]["date"]["method"] == "dateline+supplied_year"


def test_schema_is_json_schema_of_the_contract() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "ArticleResult"
    assert set(CONTRACT_KEYS) <= set(schema["properties"])


def test_demo_opens_with_the_reference_article() -> None:
    wide = CliRunner(env={"COLUMNS": "300"})
    result = wide.invoke(app, ["demo", str(REFERENCE.parent), "--workers", "1"])
    assert result.exit_code == 0, result.output
    titles = [line.strip() for line in result.stdout.splitlines() if "Article " in line]
    assert titles[0] == f"Article {REFERENCE.name}"


def test_demo_summary_counts_the_places_its_table_shows(reference: ArticleResult) -> None:
    console = Console(record=True, width=300)
    print_summary(console, reference)
    summary = console.export_text().strip().splitlines()[-1]
    shown = re.search(r"(\d+) places", summary)
    assert shown and int(shown.group(1)) == place_table(reference).row_count, summary
