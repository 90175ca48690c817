"""Opening a store: the engine for a URL or a SQLite path, and its schema brought up to date."""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from eventwire.choices import DEFAULT_DB

log = logging.getLogger(__name__)

MIGRATIONS = "eventwire.store:migrations"
WRITE_LOCK = 0x65767477  # "evtw": the PostgreSQL advisory lock that serialises writers
WRITE_ATTEMPTS = 8
WAL_WAIT_S = 30.0  # how long opening a new SQLite store waits for other writers
"""Tries of one write transaction before its error is raised (each SQLite try waits up to
busy_timeout for the lock first, so the budget is minutes, not milliseconds)."""
T = TypeVar("T")


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
    cursor.execute("PRAGMA busy_timeout=10000")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """Put the database in WAL mode (it stays so in the file), waiting out other writers.

    SQLite answers the switch with "database is locked" at once, without its busy handler, while
    another process holds a lock: two ingests opening a new database together would lose one.
    """
    deadline = time.monotonic() + WAL_WAIT_S
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.02, 0.1))


def _begin(connection: Connection) -> None:
    """Every SQLAlchemy transaction is a real SQLite one, DDL included (SQLAlchemy's recipe).

    A transaction that will write takes the write lock at once (BEGIN IMMEDIATE): a deferred
    one that reads first and then writes cannot wait for the lock (SQLite fails the upgrade at
    once with `database is locked`, whatever busy_timeout says) when another writer holds it.
    """
    immediate = connection.get_execution_options().get("writer", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db: str | None, pool_size: int | None = None) -> Engine:
    """The engine for `db`, with SQLite tuned for one writer and many readers; `pool_size`
    connections kept (and as many more opened under a burst), else SQLAlchemy's default."""
    url = database_url(db)
    sizing = {"pool_size": pool_size, "max_overflow": pool_size} if pool_size else {}
    engine = create_engine(url, **sizing)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def _retryable(error: DBAPIError) -> bool:
    """A lock wait that ran out (SQLite) or a deadlock (PostgreSQL): worth another try."""
    message = str(error.orig).lower()
    return isinstance(error, OperationalError) and any(
        words in message for words in ("locked", "busy", "deadlock")
    )


def write(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run `work` in one write transaction, one writer at a time, retried on lock contention.

    SQLite: BEGIN IMMEDIATE (see `_begin`). PostgreSQL: a transaction-scoped advisory lock, so
    two ingests (or two first migrations) never interleave their read-then-write steps.
    """
    attempt = 1
    while True:
        try:
            with engine.connect() as connection:
                connection.execution_options(writer=True)
                with connection.begin():
                    if engine.dialect.name == "postgresql":
                        connection.execute(
                            text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK}
                        )
                    return work(connection)
        except DBAPIError as error:
            if attempt == WRITE_ATTEMPTS or not _retryable(error):
                raise
            log.warning(
                "write try %d of %d failed (%s); retrying", attempt, WRITE_ATTEMPTS, error.orig
            )
            time.sleep(random.uniform(0.05, 0.2) * attempt)  # jitter: writers do not collide again
            attempt += 1


def migrate(engine: Engine) -> None:
    """Apply the Alembic migrations shipped in the package (a no-op when up to date).

    Whether there is anything to do is read first without the write lock, so that opening an
    up-to-date store (every query, every server worker) never waits for a running ingest."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return

    def upgrade(connection: Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    write(engine, upgrade)
