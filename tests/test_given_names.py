"""The given-name table: derived once from nomquamgender's data, kept in the user's cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.lexicons import given_names as names


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Mary", "f"), ("Elizabeth", "f"), ("John", "m"), ("Robert", "m"), ("José", "m")],
)
def test_common_given_names_have_their_gender(
    word: str, gender: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    assert names.gender_of_given_name(word) == gender


def test_the_table_is_built_once_and_read_from_the_cache(tmp_path: Path) -> None:
    assert names.name_table(tmp_path)["john"] == "m"
    (cached,) = tmp_path.glob("given-names-*.json")
    cached.write_text('{"john": "f"}', encoding="utf-8")
    names.name_table.cache_clear()  # as a new process would
    assert names.name_table(tmp_path) == {"john": "f"}


@pytest.mark.parametrize("damage", ['{"john": "m", "ma', "[1, 2]", '{"john": 3}', "\udcff"])
def test_a_damaged_cache_file_is_built_again(tmp_path: Path, damage: str) -> None:
    """A file cut short or overwritten costs a rebuild, never the batch."""
    names.name_table(tmp_path)
    (cached,) = tmp_path.glob("given-names-*.json")
    cached.write_text(damage, encoding="utf-8", errors="surrogateescape")
    names.name_table.cache_clear()  # as a new process would
    assert names.name_table(tmp_path)["mary"] == "f"
    assert json.loads(cached.read_text(encoding="utf-8"))["mary"] == "f", "written whole again"


def test_an_unwritable_cache_directory_still_gives_the_table(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the directory should be
    assert names.name_table(blocked / "cache")["mary"] == "f"


def test_without_the_package_no_name_tells_a_gender(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(names, "PACKAGE", "no_such_name_package")
    assert names.name_table(tmp_path) == {}
    assert list(tmp_path.iterdir()) == []
