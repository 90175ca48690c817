"""The store: SQLite or PostgreSQL through SQLAlchemy, plain tables plus each result's JSON."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

from eventwire.model import ArticleResult
from eventwire.store import tables
from eventwire.store.db import DEFAULT_DB, make_engine, migrate
from eventwire.store.write import Outcome, save, stored_versions

__all__ = ["DEFAULT_DB", "Outcome", "Store"]


class Store:
    """One database: opened (and migrated) once, shared by ingest, queries, the API, exports."""

    def __init__(self, db: str | None = None, pool_size: int | None = None) -> None:
        self.engine = make_engine(db, pool_size)
        migrate(self.engine)

    def save(self, result: ArticleResult, pipeline_version: str) -> Outcome:
        return save(self.engine, result, pipeline_version)

    def stored_versions(self, keys: list[str]) -> dict[str, str]:
        return stored_versions(self.engine, keys)

    def refresh(self) -> dict[str, int]:
        """Regroup near-duplicate articles and re-merge events across sources."""
        from eventwire.store.refresh import refresh  # datasketch takes a second to import

        return refresh(self.engine)

    def results(self) -> Iterator[ArticleResult]:
        """Every stored result, exactly as written, in key order."""
        query = select(tables.articles.c.result_json).order_by(tables.articles.c.id)
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield ArticleResult.model_validate_json(row.result_json)

    def close(self) -> None:
        self.engine.dispose()
