"""Choices the command line offers, kept apart from the modules that act on them (the exporters
need pyarrow, the store SQLAlchemy and datasketch) so that `eventwire` starts without them."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

DEFAULT_DB = "eventwire.db"
LAST_FILTER_DAY = date.max - timedelta(days=1)
"""The latest day a `since`/`until` filter may name: a range selects up to the day after it,
which must exist (9999-12-31 would overflow)."""


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    POLECAT = "polecat"
    GDELT = "gdelt"
