"""After its first batch the pipeline leaves what lives as long as the process (the model,
lexicons, gazetteers) out of the garbage collector's reach (`heap.settle`): each full collection
walked them all, a twentieth of a process's CPU."""

from __future__ import annotations

import gc

from eventwire.heap import GC_THRESHOLD
from tests.conftest import run_texts


def test_the_pipeline_freezes_the_loaded_heap() -> None:
    run_texts("Police in Lima arrested two protesters on Monday.")
    assert gc.get_freeze_count() > 10_000  # the model's objects at least
    assert gc.get_threshold()[0] == GC_THRESHOLD
