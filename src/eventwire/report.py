"""Readable terminal summaries of results (rich tables), used by `eventwire demo`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from eventwire.model import Actor, ArticleResult, Attribute, Participant, Place


def _value(attribute: Attribute | None) -> str:
    return attribute.value if attribute else "-"


def _code(actor: Actor, field: str) -> str:
    code = getattr(actor, field)
    return code.value if code else "-"


def _table(title: str, *columns: str) -> Table:
    """A titled table with these column headers."""
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    return table


def article_table(result: ArticleResult) -> Table:
    table = Table(title=f"Article {result.id}", show_header=False)
    article = result.article
    if article is None:
        return table
    for label, attribute in [
        ("headline", article.headline),
        ("subhead", article.subhead),
        ("section", article.section),
        ("agency", article.agency),
        ("dateline", article.dateline_place),
    ]:
        table.add_row(label, _value(attribute))
    if article.date:
        table.add_row("date", f"{article.date.value} ({article.date.method})")
    table.add_row("language", article.language or "-")
    return table


def actor_table(result: ArticleResult) -> Table:
    mentions = {m.id: m for m in result.mentions}
    table = _table("Actors", "id", "name", "type", "country", "sector", "role", "mentions")
    for actor in result.actors:
        surfaces = sorted({mentions[i].evidence.text for i in actor.mention_ids})
        table.add_row(
            actor.id,
            actor.name,
            actor.type.value,
            _code(actor, "country"),
            _code(actor, "sector"),
            _code(actor, "role"),
            "; ".join(surfaces),
        )
    return table


def quote_table(result: ArticleResult) -> Table:
    """Who said what: kind, speaker (as named nearest the quote), chain and the words."""
    table = _table("Quotes", "id", "kind", "speaker", "chain", "content")
    for quote in result.quotes:
        mention = quote.speaker.mention.text if quote.speaker.mention else "-"
        speaker = f"{quote.speaker.name} ({mention})" if quote.speaker.name else mention
        content = quote.content.text
        table.add_row(
            quote.id,
            quote.kind.value,
            speaker,
            " ← ".join(link.name for link in quote.chain),
            content if len(content) <= 60 else content[:57] + "...",
        )
    return table


def _participants(participants: list[Participant]) -> str:
    return ", ".join(p.country or p.name for p in participants) or "-"


def event_table(result: ArticleResult) -> Table:
    """One row per event mention: PLOVER type, CAMEO code, who → whom, how sure, and why."""
    columns = ("id", "PLOVER · CAMEO", "trigger", "actors", "recipients", "modality (cue)")
    table = _table("Events", *columns)
    for event in result.events:
        cue = f" ({event.modality_cue.text})" if event.modality_cue else ""
        table.add_row(
            event.id,
            f"{event.type} · {event.cameo or '-'}",
            event.trigger.text,
            _participants(event.actors),
            _participants(event.recipients),
            event.modality.value + cue,
        )
    return table


def time_table(result: ArticleResult) -> Table:
    """Each temporal expression with its normalised value and TIMEX3 reading."""
    table = _table("Times", "text", "type", "value", "timex3", "anchor")
    for time in result.times:
        value = time.value or (f"{time.start}/{time.end}" if time.start else "-")
        row = (time.evidence.text, time.type.value, value, time.timex3, time.anchor)
        table.add_row(*(cell or "-" for cell in row))
    return table


def distinct_places(result: ArticleResult) -> list[Place]:
    """Each place once per (text, name): what the table lists and the summary counts."""
    first: dict[tuple[str, str], Place] = {}
    for place in result.places:
        first.setdefault((place.evidence.text, place.name), place)
    return list(first.values())


def place_table(result: ArticleResult) -> Table:
    """Each place once per name: kind, country, coordinates."""
    table = _table("Places", "text", "name", "kind", "country", "lat, lon")
    for place in distinct_places(result):
        where = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None else "-"
        row = (place.evidence.text, place.name, place.kind, place.country, where)
        table.add_row(*(cell or "-" for cell in row))
    return table


def print_summary(console: Console, result: ArticleResult) -> None:
    """Metadata, actors and record counts of one article, or its errors."""
    if result.article is not None:
        console.print(article_table(result))
        console.print(actor_table(result))
        if result.quotes:
            console.print(quote_table(result))
        if result.events:
            console.print(event_table(result))
        console.print(time_table(result))
        console.print(place_table(result))
    counts = [f"{len(getattr(result, name))} {name}" for name in ("quotes", "events", "times")]
    places, mentions = len(distinct_places(result)), len(result.places)
    counts.append(f"{places} places" + (f" ({mentions} mentions)" if mentions != places else ""))
    console.print(" · ".join(counts))
    for error in result.errors:
        console.print(f"[red]{error.stage}: {error.reason.value}[/red] {error.message}")
