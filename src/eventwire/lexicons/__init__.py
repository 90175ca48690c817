"""Data files the coders read (tab-separated, written for eventwire) and their loaders."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon file, skipping comments and blank lines."""
    with resources.files(__package__).joinpath(name).open(encoding="utf-8") as handle:
        rows = csv.reader(
            (line for line in handle if line.strip() and not line.startswith("#")),
            delimiter="\t",
        )
        return tuple(tuple(cell.strip() for cell in row) for row in rows)
