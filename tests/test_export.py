"""Exports: JSONL round trip, CSV/Parquet event rows, POLECAT and GDELT column layouts."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.export import ExportFormat, gdelt, polecat, write_export
from eventwire.model import ArticleResult
from eventwire.store import Store
from tests.records import BELTA, drills, protest


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    opened = Store(str(tmp_path_factory.mktemp("export") / "e.db"))
    for result in [drills("tass"), drills("belta", BELTA, agency="BelTA"), protest()]:
        opened.save(result, "1")
    opened.refresh()
    return opened


def _rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source, delimiter=delimiter))


def test_jsonl_holds_every_result_exactly(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    assert write_export(store, ExportFormat.JSONL, out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(ArticleResult.model_validate_json(x).id for x in lines) == [
        "afp",
        "belta",
        "tass",
    ]


def test_csv_and_parquet_hold_one_row_per_event(store: Store, tmp_path: Path) -> None:
    write_export(store, ExportFormat.CSV, tmp_path / "e.csv")
    write_export(store, ExportFormat.PARQUET, tmp_path / "e.parquet")
    rows = _rows(tmp_path / "e.csv", ",")
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert len(rows) == len(table) == 3
    drill = next(r for r in table if r["article_id"] == drills("tass").article.id)
    assert drill["trigger_text"] == "began joint military drills"
    assert drill["independent_sources"] == 2 and drill["actor_countries"] == "RUS"


def test_polecat_rows_use_the_polecat_columns(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.tsv"
    write_export(store, ExportFormat.POLECAT, out)
    rows = _rows(out, "\t")
    assert list(rows[0]) == polecat.COLUMNS and len(polecat.COLUMNS) == 40
    row = next(r for r in rows if r["Event Type"] == "MOBILIZE" and r["Source"] == "TASS")
    assert (row["Actor Country"], row["Recipient Country"], row["Country"]) == ("RUS", "BLR", "BLR")
    assert row["Event Date"] == "2022-02-03" and row["Quad Code"] == "4"
    assert row["Actor Name Raw"] == "Russian troops" and row["GeoNames ID"] == "629634"
    assert row["Story People"] == "Sergey Shoigu"


def test_gdelt_rows_follow_the_event_codebook(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "g.tsv"
    write_export(store, ExportFormat.GDELT, out)
    rows = _rows(out, "\t")
    assert list(rows[0]) == gdelt.COLUMNS and len(gdelt.COLUMNS) == 61
    row = next(r for r in rows if r["EventCode"] == "152" and "tass" in r["SOURCEURL"])
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20220203", "202202", "2022")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2CountryCode"]) == (
        "RUSMIL",
        "RUS",
        "BLR",
    )
    assert (row["EventRootCode"], row["QuadClass"], row["IsRootEvent"]) == ("15", "4", "1")
    assert (row["NumSources"], row["NumArticles"]) == ("2", "2")
    assert (row["ActionGeo_CountryCode"], row["ActionGeo_Type"]) == ("BO", "4")  # FIPS: Belarus
    protest_row = next(r for r in rows if r["EventCode"] == "141")
    assert protest_row["QuadClass"] == "3" and protest_row["ActionGeo_CountryCode"] == "FR"
