"""A name set off by commas after a description object ("his rival, Senator X,") is that
object's appositive, also when the parser hangs it on the verb: the act is aimed at X."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _event


def test_a_name_after_a_described_object_is_the_target() -> None:
    (r,) = run_texts("Paul Grady attacked his opponent, Senator Helen Marsh, on Tuesday.")
    assert [p.name for p in _event(r, "attacked").recipients] == ["Helen Marsh"]


def test_a_name_after_a_described_object_of_blame_is_the_target() -> None:
    (r,) = run_texts("Grady accused his challenger, Governor Rita Vance, of lying.")
    assert [p.name for p in _event(r, "accused").recipients] == ["Rita Vance"]
