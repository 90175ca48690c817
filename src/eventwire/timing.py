"""Per-stage wall time, cheap enough to leave on (two perf_counter calls per stage call).

The benchmark reads `STAGE_SECONDS` to say which stage costs what; worker processes send their
totals back with each chunk so parallel runs are accounted too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter
from typing import TypeVar

T = TypeVar("T")

STAGE_SECONDS: Counter[str] = Counter()


@contextmanager
def timed(stage: str) -> Iterator[None]:
    start = perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS[stage] += perf_counter() - start


def timed_items(stage: str, items: Iterator[T]) -> Iterator[T]:
    """Yield from `items`, charging the time spent producing each one to `stage`."""
    while True:
        with timed(stage):
            item = next(items, None)
        if item is None:
            return
        yield item


def take_stage_seconds() -> dict[str, float]:
    """The totals so far, resetting them (a worker hands them over once per chunk)."""
    totals = dict(STAGE_SECONDS)
    STAGE_SECONDS.clear()
    return totals
