"""Exports of the store: results as JSON Lines; events as CSV, Parquet, POLECAT or GDELT rows."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.choices import ExportFormat
from eventwire.export import gdelt, polecat, tabular
from eventwire.export.events import ExportedEvent, exported_events
from eventwire.store import Store

Shape = tuple[list[str], Callable[[ExportedEvent], dict[str, Any]], str]
SHAPES: dict[ExportFormat, Shape] = {
    ExportFormat.CSV: (tabular.COLUMNS, tabular.flat_row, ","),
    ExportFormat.POLECAT: (polecat.COLUMNS, polecat.polecat_row, "\t"),
    ExportFormat.GDELT: (gdelt.COLUMNS, gdelt.gdelt_row, "\t"),
}


def _write_jsonl(store: Store, output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8") as sink:
        for result in store.results():
            sink.write(result.model_dump_json() + "\n")
            count += 1
    return count


def _write_delimited(rows: Iterable[dict[str, Any]], shape: Shape, output: Path) -> int:
    columns, _, delimiter = shape
    count = 0
    with output.open("w", encoding="utf-8", newline="") as sink:
        writer = csv.DictWriter(sink, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_parquet(store: Store, output: Path, batch: int = 10_000) -> int:
    """Row groups of `batch` events, so a large store never sits in memory at once."""
    count = 0
    with pq.ParquetWriter(output, tabular.SCHEMA) as writer:
        events = (tabular.flat_row(item) for item in exported_events(store))
        while rows := list(islice(events, batch)):
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=tabular.SCHEMA))
            count += len(rows)
    return count


def write_export(store: Store, fmt: ExportFormat, output: Path) -> int:
    """Write the export; returns the number of rows (results for JSONL, events otherwise)."""
    if fmt is ExportFormat.JSONL:
        return _write_jsonl(store, output)
    if fmt is ExportFormat.PARQUET:
        return _write_parquet(store, output)
    shape = SHAPES[fmt]
    return _write_delimited((shape[1](item) for item in exported_events(store)), shape, output)
