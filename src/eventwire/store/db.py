"""Opening a store: the engine for a URL or a SQLite path, and its schema brought up to date."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event

DEFAULT_DB = "eventwire.db"
MIGRATIONS = "eventwire.store:migrations"


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL: plain paths become SQLite files, `postgresql://` uses psycopg 3."""
    db = db or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    """WAL lets the web server read while an ingest writes; foreign keys cascade deletes.

    The driver's own transaction handling is switched off (`_begin` does it instead): Python's
    sqlite3 commits each CREATE TABLE at once, so a kill during the first migration would leave
    half a schema that no later run can migrate.
    """
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _begin(connection: Connection) -> None:
    """Every SQLAlchemy transaction is a real SQLite one, DDL included (SQLAlchemy's recipe)."""
    connection.exec_driver_sql("BEGIN")


def make_engine(db: str | None) -> Engine:
    """The engine for `db`, with SQLite tuned for one writer and many readers."""
    url = database_url(db)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def migrate(engine: Engine) -> None:
    """Apply the Alembic migrations shipped in the package (a no-op when up to date)."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
