"""Filters and keyset (cursor) pagination shared by every list query."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, tuple_

from eventwire.model import Evidence


@dataclass(frozen=True)
class Filters:
    """What a list can be narrowed by; every value reaches SQL as a bound parameter."""

    since: date | None = None
    until: date | None = None
    type: str | None = None
    actor: str | None = None
    country: str | None = None


def encode_cursor(values: list[str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode("utf-8")).decode("ascii")


def decode_cursor(cursor: str, width: int) -> list[str]:
    """The key a page starts after; ValueError for anything that is not a cursor we made."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, UnicodeError) as error:
        raise ValueError("invalid cursor") from error
    if not (isinstance(values, list) and len(values) == width):
        raise ValueError("invalid cursor")
    if not all(isinstance(v, str) for v in values):
        raise ValueError("invalid cursor")
    return values


def paginate(
    connection: Connection,
    query: Select,
    keys: list[ColumnElement],
    cursor: str | None,
    limit: int,
) -> tuple[list[Any], str | None]:
    """Rows after the cursor in key order, and the cursor of the next page (None at the end)."""
    if cursor:
        query = query.where(tuple_(*keys) > tuple_(*decode_cursor(cursor, len(keys))))
    rows = connection.execute(query.order_by(*keys).limit(limit + 1)).all()
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]._mapping
    return rows, encode_cursor([str(last[k]) for k in keys])


def evidence(start: int | None, end: int | None, text: str | None) -> Evidence | None:
    """Evidence from a row's span columns (None when the record has none)."""
    if start is None or end is None or text is None:
        return None
    return Evidence(start=start, end=end, text=text)
