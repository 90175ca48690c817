"""The pipeline has the garbage collector run less often (`heap.collect_less`): its full
collections walked the model's and lexicons' objects a few times a batch, a twentieth of the
CPU of one process; nothing is frozen, so a caller's own objects are collected as before."""

from __future__ import annotations

import gc

from eventwire.heap import GC_THRESHOLD
from tests.conftest import run_texts


def test_the_pipeline_collects_less_often() -> None:
    run_texts("Police in Lima arrested two protesters on Monday.")
    assert gc.get_threshold()[0] == GC_THRESHOLD
