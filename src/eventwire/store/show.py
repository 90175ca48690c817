"""Rich tables for `eventwire query`: one row per record, evidence text shown with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.table import Table
from rich.text import Text


def _names(participants: list[dict[str, Any]]) -> str:
    return ", ".join(f"{x['name']} ({x['country'] or '?'})" for x in participants)


def _events(item: dict[str, Any]) -> list[str]:
    trigger = (item["trigger"] or {}).get("text", "")
    place = item["place"]["name"] or ""
    return [
        str(item["date"] or ""),
        item["type"],
        _names(item["actors"]),
        trigger,
        _names(item["recipients"]),
        place,
        item["article_id"],
    ]


def _actors(item: dict[str, Any]) -> list[str]:
    mentions = ", ".join(dict.fromkeys(m["text"] for m in item["mentions"]))
    return [
        item["name"],
        item["type"],
        item["country"] or "",
        item["sector"] or "",
        item["role"] or "",
        mentions,
        item["article_id"],
    ]


def _quotes(item: dict[str, Any]) -> list[str]:
    return [
        str(item["date"] or ""),
        item["speaker"]["name"] or "",
        item["kind"],
        (item["content"] or {}).get("text", ""),
        item["article_id"],
    ]


VIEWS: dict[str, tuple[list[str], Callable[[dict[str, Any]], list[str]]]] = {
    "events": (["date", "type", "actors", "trigger", "recipients", "place", "article"], _events),
    "actors": (["name", "type", "country", "sector", "role", "mentions", "article"], _actors),
    "quotes": (["date", "speaker", "kind", "quote", "article"], _quotes),
}


def records_table(kind: str, items: list[dict[str, Any]]) -> Table:
    columns, row = VIEWS[kind]
    table = Table(title=f"{kind} ({len(items)})", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for item in items:
        table.add_row(*(Text(cell) for cell in row(item)))  # plain text: no rich markup
    return table
