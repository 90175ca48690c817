"""The gazetteer index: built once into a cache file, read back from it on the next start."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from eventwire.places.gazetteer import Gazetteer, open_index
from eventwire.places.sources import Gazetted, Named

MINSK = Gazetted("Minsk", 53.9, 27.57, "city", "BLR", "Minsk City", 625144, 1_742_124, True)
MINSK_REGION = Gazetted("Minsk", 53.5, 28.0, "admin1", "BLR", "Minsk", None, 1_400_000)


class CountingBuilder:
    """Stands in for the slow build from package data, and counts how often it runs."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> list[Named]:
        self.calls += 1
        return [(MINSK, {"Minsk", "Mensk"}), (MINSK_REGION, {"Minsk"})]


def _lookups(index: Gazetteer) -> list[list[Gazetted]]:
    return [index.get(name) for name in ("minsk", "Mensk", "Pinsk")]


def test_a_second_load_reads_the_cache_file_and_answers_alike(tmp_path: Path) -> None:
    build = CountingBuilder()
    first = _lookups(Gazetteer(open_index(build, tmp_path, "k1")))
    second = _lookups(Gazetteer(open_index(build, tmp_path, "k1")))
    assert build.calls == 1
    assert first == second == [[MINSK, MINSK_REGION], [MINSK], []]
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer-k1.sqlite"]


def test_a_new_key_rebuilds_and_replaces_files_unused_for_a_week(tmp_path: Path) -> None:
    build = CountingBuilder()
    open_index(build, tmp_path, "old")
    open_index(build, tmp_path, "other")  # another install's, still in use
    week_ago = time.time() - 8 * 24 * 3600
    os.utime(tmp_path / "gazetteer-old.sqlite", (week_ago, week_ago))
    open_index(build, tmp_path, "new")
    assert build.calls == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-new.sqlite",
        "gazetteer-other.sqlite",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_an_unwritable_cache_directory_builds_in_memory(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        index = Gazetteer(open_index(CountingBuilder(), tmp_path / "cache", "k"))
        assert index.get("Minsk") == [MINSK, MINSK_REGION]
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_path_that_is_a_file_builds_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a directory")
    index = Gazetteer(open_index(CountingBuilder(), blocker, "k"))
    assert index.get("Mensk") == [MINSK]


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / "gazetteer-k.sqlite").write_bytes(b"half a file")
    build = CountingBuilder()
    assert Gazetteer(open_index(build, tmp_path, "k")).get("Minsk") == [MINSK, MINSK_REGION]
    assert build.calls == 1
