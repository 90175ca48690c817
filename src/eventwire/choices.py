"""Choices the command line offers, kept apart from the modules that act on them (the exporters
need pyarrow, the store SQLAlchemy and datasketch) so that `eventwire` starts without them."""

from __future__ import annotations

from enum import StrEnum

DEFAULT_DB = "eventwire.db"


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    POLECAT = "polecat"
    GDELT = "gdelt"
