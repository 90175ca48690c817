"""Exports of the store: results as JSON Lines; events as CSV, Parquet, POLECAT or GDELT rows."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.choices import ExportFormat
from eventwire.export import gdelt, polecat, tabular
from eventwire.export.events import ExportedEvent, exported_events
from eventwire.output import json_line
from eventwire.store import Store

Shape = tuple[list[str], Callable[[ExportedEvent], dict[str, Any]], str]
SHAPES: dict[ExportFormat, Shape] = {
    ExportFormat.CSV: (tabular.COLUMNS, tabular.flat_row, ","),
    ExportFormat.POLECAT: (polecat.COLUMNS, polecat.polecat_row, "\t"),
}
GDELT_SHAPE: Shape = (gdelt.COLUMNS, gdelt.gdelt_row, "\t")
SIDECAR_SHAPE: Shape = (gdelt.SIDECAR_COLUMNS, gdelt.sidecar_row, "\t")


def sidecar_path(output: Path) -> Path:
    """Where a GDELT export's eventwire columns go: next to it, `.eventwire.tsv` appended."""
    return output.with_name(output.name + ".eventwire.tsv")


def _write_jsonl(store: Store, output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8") as sink:
        for result in store.results():
            sink.write(json_line(result) + "\n")
            count += 1
    return count


def _writer(sink: TextIO, shape: Shape) -> csv.DictWriter:
    """LF line ends (the csv module's default is CRLF); GDELT and POLECAT files use LF."""
    columns, _, delimiter = shape
    return csv.DictWriter(sink, fieldnames=columns, delimiter=delimiter, lineterminator="\n")


def _write_delimited(rows: Iterable[dict[str, Any]], shape: Shape, output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8", newline="") as sink:
        writer = _writer(sink, shape)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_gdelt(store: Store, output: Path) -> int:
    """GDELT's headerless rows, and eventwire's own columns for them in a sidecar file."""
    count = 0
    with (
        output.open("w", encoding="utf-8", newline="") as sink,
        sidecar_path(output).open("w", encoding="utf-8", newline="") as extra,
    ):
        rows, sidecar = _writer(sink, GDELT_SHAPE), _writer(extra, SIDECAR_SHAPE)
        sidecar.writeheader()
        for item in exported_events(store):
            rows.writerow(gdelt.gdelt_row(item))
            sidecar.writerow(gdelt.sidecar_row(item))
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
    if fmt is ExportFormat.GDELT:
        return _write_gdelt(store, output)
    shape = SHAPES[fmt]
    return _write_delimited((shape[1](item) for item in exported_events(store)), shape, output)
