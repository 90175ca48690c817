"""Rich tables for `eventwire query`: one row per record, evidence text shown with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.table import Table
from rich.text import Text

from eventwire.model import Participant
from eventwire.store.items import ActorItem, EventItem, QuoteItem


def _names(participants: list[Participant]) -> str:
    return ", ".join(f"{x.name} ({x.country or '?'})" for x in participants)


def _events(item: EventItem) -> list[str]:
    return [
        item.date or "",
        item.type,
        _names(item.actors),
        item.trigger.text,
        _names(item.recipients),
        (item.place.name if item.place else None) or "",
        item.article_id,
    ]


def _actors(item: ActorItem) -> list[str]:
    mentions = ", ".join(dict.fromkeys(m.evidence.text for m in item.mentions))
    codes = [item.country, item.sector, item.role]
    return [
        item.name,
        item.type.value,
        *(code.value if code else "" for code in codes),
        mentions,
        item.article_id,
    ]


def _quotes(item: QuoteItem) -> list[str]:
    return [
        item.date or "",
        item.speaker.name or "",
        item.kind.value,
        item.content.text,
        item.article_id,
    ]


VIEWS: dict[str, tuple[list[str], Callable[[Any], list[str]]]] = {
    "events": (["date", "type", "actors", "trigger", "recipients", "place", "article"], _events),
    "actors": (["name", "type", "country", "sector", "role", "mentions", "article"], _actors),
    "quotes": (["date", "speaker", "kind", "quote", "article"], _quotes),
}


def records_table(kind: str, items: list[Any]) -> Table:
    columns, row = VIEWS[kind]
    table = Table(title=f"{kind} ({len(items)})", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for item in items:
        table.add_row(*(Text(cell) for cell in row(item)))  # plain text: no rich markup
    return table
