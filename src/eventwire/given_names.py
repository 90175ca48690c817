"""Given names → gender, for the actors' pronoun links and the quotes' speakers: a small table
derived once from the `nomquamgender` package's data.

Hand-written rather than the package's own API: importing `nomquamgender` json-loads its whole
22 MB table and imports pandas and numpy, about 2.3 s of CPU and 300 MB in every process. Here
its data file is read without importing the package, only the names the gender rule can use
are kept (found in enough of the sources, borne by one gender eight times in ten), and those
are written to the user's cache directory (`EVENTWIRE_CACHE_DIR` overrides it) under a name
keyed by the package's version and the thresholds, so an upgrade builds a new table. Later
processes read that 0.6 MB file: the first lookup costs about 20 ms of CPU and 8 MB. `make
install` builds it (`build_cache`); where the directory cannot be written the table is built in
memory in each process (slow but right), and a cache file that cannot be read as a whole table
is built and written again; without the package no given name tells a gender.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache, lru_cache
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

from unidecode import unidecode

from eventwire.cache import cache_dir

PACKAGE = "nomquamgender"
DATA_FILE = "name_data.json"  # name → [sources, counts, share borne by women, category]
MIN_NAME_SOURCES = 5  # of the table's 35 sources; rarer "names" are often other words
NAME_SHARE = 0.8  # the share of a name's bearers of one gender that tells it ("Bernie", "Nikki")


def gender_of_given_name(word: str) -> str | None:
    """ "m" or "f" for a given name the table is sure of, folded as the package folds it
    ("José" is "jose"); none for any other word."""
    return name_table(cache_dir()).get(unidecode(word).lower().strip())


@lru_cache(maxsize=8192)  # asked per person for each pronoun of an article
def gender_of_full_name(name: str) -> str | None:
    """The gender a person's given name is borne by; none for a single word, which may be a
    surname ("Clinton"), or a name that does not start with a word ("J.D. Vance")."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha():
        return None
    return gender_of_given_name(words[0])


def build_cache() -> None:
    """Called by `make install`, so that no run pays to build the table."""
    name_table(cache_dir())


@cache
def name_table(directory: Path) -> dict[str, str]:
    """The table from the cache file in `directory`, built there first where it is missing."""
    path = _cache_path(directory)
    cached = _read(path) if path is not None else None
    if cached is not None:
        return cached
    table = _build()
    if path is not None and table:
        _write(path, table)
    return table


def _read(path: Path) -> dict[str, str] | None:
    """The table a cache file holds; none where it is missing, unreadable, or not a whole
    table (cut short by a full disk, or edited), so that the caller builds it afresh."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    if not isinstance(table, dict) or not all(v in {"m", "f"} for v in table.values()):
        return None
    return table


def _data_file() -> Path | None:
    """The package's data file, found without importing the package; none if not installed."""
    spec = find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).with_name(DATA_FILE)
    return path if path.is_file() else None


def _cache_path(directory: Path) -> Path | None:
    """The cache file for the installed package's version; none without the package."""
    try:
        package_version = version(PACKAGE)
    except PackageNotFoundError:
        return None
    return directory / f"given-names-{package_version}-{MIN_NAME_SOURCES}-{NAME_SHARE}.json"


def _build() -> dict[str, str]:
    """Names found in enough sources and borne by one gender in eight of ten records."""
    source = _data_file()
    if source is None:
        return {}
    with source.open(encoding="utf-8") as handle:
        data: dict[str, list[float]] = json.load(handle)
    table = {}
    for name, (sources, _, share_female, *_) in data.items():
        if sources < MIN_NAME_SOURCES:
            continue
        if share_female >= NAME_SHARE:
            table[name] = "f"
        elif share_female <= 1 - NAME_SHARE:
            table[name] = "m"
    return table


def _write(path: Path, table: dict[str, str]) -> None:
    """Write into a temporary file beside `path`, then move it in place (processes that build
    at once each leave a whole file); nothing where the directory is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(table, out, separators=(",", ":"), sort_keys=True)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide the cache from other users
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
