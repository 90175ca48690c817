"""User mistakes on the command line: one line that says what is wrong and what to do, exit 2.

A traceback is for eventwire's bugs, not for a mistyped date, path or database URL. Also the
options that worker processes read, handed on through the environment.
"""

from __future__ import annotations

import glob
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from eventwire.choices import LAST_FILTER_DAY
from eventwire.lexicons import DICTIONARIES_SETTING

if TYPE_CHECKING:
    from eventwire.store import Store

# The store and SQLAlchemy are imported by the functions that open a database, so that commands
# that never touch one (extract, demo, schema) start without them.

USAGE_ERROR = 2
DB_HELP = "use a SQLite file path or postgresql://user@host/dbname"


def fail(message: str) -> NoReturn:
    """Print `eventwire: error: …` on one line of stderr and exit with status 2."""
    typer.echo(f"eventwire: error: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def parse_date(value: str | None, option: str) -> date | None:
    """An ISO day from an option, or a clear refusal."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date: use YYYY-MM-DD, e.g. 2022-02-03")
    if day > LAST_FILTER_DAY:
        fail(f"{option} {value!r} is past the last day eventwire can filter on ({LAST_FILTER_DAY})")
    return day


def check_inputs(paths: list[str]) -> None:
    """Refuse before any work when an input path does not exist (stdin and URLs aside)."""
    for name in paths:
        if name == "-" or name.startswith(("http://", "https://")) or Path(name).exists():
            continue
        if glob.has_magic(name) and glob.glob(name, recursive=True):
            continue
        fail(f"no such file or directory: {name} (check the path; - reads stdin)")


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)  # type: ignore[arg-type]


def _shown(db: str) -> str:
    """The URL as typed, its password masked (error lines end up in logs)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db)
    except ArgumentError:
        return db
    return url.render_as_string(hide_password=True) if url.password else db


def _first_line(error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def open_store(db: str, must_exist: bool = False) -> Store:
    """Open the store, refusing a malformed URL, an unreachable database, or (for commands
    that only read) a SQLite file that does not exist rather than creating an empty one."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    from eventwire.store import Store
    from eventwire.store.db import database_url

    try:
        url = database_url(db)
        path = _sqlite_file(url)
    except ArgumentError:
        fail(f"--db {db!r} is not a database URL: {DB_HELP}")
    if must_exist and path is not None and not path.is_file():
        fail(f"no database at {path}: run `eventwire ingest PATH --db {db}` first, or check --db")
    try:
        return Store(db)
    except (ArgumentError, NoSuchModuleError):
        fail(f"--db {_shown(db)!r} is not a database eventwire can open: {DB_HELP}")
    except DBAPIError as error:
        where = _shown(db)
        fail(f"cannot open database {where!r}: {_first_line(error)} (check --db and the server)")


def use_dictionaries(folder: Path | None) -> None:
    """Worker processes read the setting, so it is passed through the environment."""
    if folder is not None:
        os.environ[DICTIONARIES_SETTING] = str(folder)
