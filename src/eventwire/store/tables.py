"""The store's tables: plain SQL anyone can open, one row per record, evidence as offsets.

Every record table is keyed by `(article_id, id)`, where `id` is the record id inside its
ArticleResult (`a1`, `m3`, `e2`...). Evidence is kept as `span_start`, `span_end`, `span_text`
(`span_text == articles.text[span_start:span_end]`). `articles.result_json` keeps the whole
ArticleResult so a stored article reads back exactly as it was written; the other tables are
derived from it for querying. docs/store-and-api.md describes each column.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "ix": "ix_%(table_name)s_%(column_0_name)s",
    }
)


def _article_fk() -> Column:
    return Column(
        "article_id",
        String(64),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    )


def _span(prefix: str = "span", nullable: bool = False) -> list[Column]:
    """Evidence columns: offsets into the article text and the text they cover."""
    return [
        Column(f"{prefix}_start", Integer, nullable=nullable),
        Column(f"{prefix}_end", Integer, nullable=nullable),
        Column(f"{prefix}_text", Text, nullable=nullable),
    ]


article_groups = Table(
    "article_groups",
    metadata,
    Column("id", String(64), primary_key=True, comment="the smallest article id in the group"),
    Column("size", Integer, nullable=False),
    comment="Near-duplicate articles (MinHash LSH); every article belongs to one group.",
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True, comment="Article.id (text hash), else input id"),
    Column("input_id", Text, nullable=False, comment="ArticleResult.id: file name or JSONL id"),
    Column("source", Text),
    Column("url", Text),
    Column("headline", Text),
    Column("agency", Text),
    Column("dateline_place", Text),
    Column("date", String(32), index=True, comment="publication date, ISO 8601"),
    Column("language", String(16)),
    Column("text", Text),
    Column("pipeline_version", String(32), nullable=False),
    Column("schema_version", String(16), nullable=False),
    Column("result_json", Text, nullable=False, comment="the ArticleResult, as written"),
    Column("added_at", String(32), comment="when this result was stored (UTC, ISO 8601)"),
    Column("minhash", LargeBinary, comment="MinHash signature of the text (uint64 values)"),
    Column("group_id", String(64), ForeignKey("article_groups.id", ondelete="SET NULL")),
    comment="One row per stored ArticleResult.",
)

actors = Table(
    "actors",
    metadata,
    _article_fk(),
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("country", String(8), index=True),
    Column("sector", String(16)),
    Column("role", Text),
)

mentions = Table(
    "mentions",
    metadata,
    _article_fk(),
    Column("id", String(32), primary_key=True),
    Column("actor_id", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    *_span(),
)

quotes = Table(
    "quotes",
    metadata,
    _article_fk(),
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    *_span(),
    *_span("cue", nullable=True),
    Column("speaker_actor_id", String(32)),
    Column("speaker_name", Text),
    *_span("speaker", nullable=True),
    Column("chain", JSON, comment="source chain: list of names, outermost first"),
)

events = Table(
    "events",
    metadata,
    _article_fk(),
    Column("id", String(32), primary_key=True),
    Column("type", String(32), nullable=False, index=True),
    Column("mode", String(32)),
    Column("cameo", String(8)),
    Column("modality", String(16), nullable=False),
    Column("context", JSON),
    *_span(),
    *_span("sentence"),
    Column("time_id", String(32), comment="times.id when the time was read from the text"),
    Column("time_value", String(64)),
    Column("time_start", String(32), index=True, comment="first day (ISO) of a dated time"),
    Column("time_end", String(32), comment="last day (ISO) of a dated time"),
    Column("time_defaulted", Boolean),
    Column("place_id", String(32), comment="places.id when the place was read from the text"),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_defaulted", Boolean),
    Column("quote_id", String(32)),
    comment="span_* is the trigger; sentence_* the sentence that states the event.",
)

event_participants = Table(
    "event_participants",
    metadata,
    _article_fk(),
    Column("event_id", String(32), primary_key=True),
    Column("role", String(16), primary_key=True, comment="actor or recipient"),
    Column("position", Integer, primary_key=True),
    Column("actor_id", String(32)),
    Column("name", Text, nullable=False),
    Column("country", String(8), index=True),
    Column("sector", String(16)),
    *_span(),
)

times = Table(
    "times",
    metadata,
    _article_fk(),
    Column("id", String(32), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Column("start", String(32)),
    Column("end", String(32)),
    Column("granularity", String(16)),
    Column("timex3", Text),
    *_span(),
)

places = Table(
    "places",
    metadata,
    _article_fk(),
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(8), index=True),
    Column("admin1", Text),
    Column("feature", String(16)),
    Column("geonameid", Integer),
    Column("kind", String(32)),
    *_span(),
)

errors = Table(
    "errors",
    metadata,
    _article_fk(),
    Column("position", Integer, primary_key=True),
    Column("stage", String(32), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("source", Text),
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", String(64), primary_key=True, comment="article_id/event_id of its first source"),
    Column("type", String(32), nullable=False, index=True),
    Column("cameo", String(8)),
    Column("actor_countries", JSON),
    Column("recipient_countries", JSON),
    Column("time_start", String(32), index=True),
    Column("time_end", String(32)),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("article_count", Integer, nullable=False),
    Column("source_count", Integer, nullable=False, comment="distinct near-duplicate groups"),
    Column("reasons", JSON, comment="why its sources were merged, one line per rule part"),
    comment="Mentions of one real-world event across articles.",
)

merged_event_sources = Table(
    "merged_event_sources",
    metadata,
    Column(
        "merged_event_id",
        String(64),
        ForeignKey("merged_events.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("article_id", String(64), primary_key=True),
    Column("event_id", String(32), primary_key=True),
)

search_docs = Table(
    "search_docs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    Column("kind", String(16), nullable=False, comment="article or quote"),
    Column("record_id", String(32)),
    Column("body", Text, nullable=False),
    comment="Searchable text; indexed by FTS5 (SQLite) or a tsvector column (PostgreSQL).",
)

RECORD_TABLES = (
    actors,
    mentions,
    quotes,
    event_participants,
    events,
    times,
    places,
    errors,
    search_docs,
)
