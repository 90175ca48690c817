"""Imported by the process pool's fork server (see `parallel.py`): loads the model, lexicons and
gazetteer once there, so that every worker forks from a warm process and shares those pages
instead of building its own copy (half the start-up CPU on two workers, which counts when the
cores are shared with other jobs).

Then everything loaded is frozen out of the garbage collector's reach (`gc.freeze`, Python's
advice before forking): the workers' collections no longer walk the model's and lexicons'
150,000 objects (over 60 articles, collections took 2.6 % of the CPU time, 0.7 % once frozen),
nor write to their pages, which stay shared. The workers also collect less often
(`heap.collect_less`, as `pipeline.process` does in any process).

The warm-up article has a dateline, a quote, calendar dates and a clock time, so that what the
stages build on first use (the time rules' regular expressions, the actor and name matchers)
is built once here rather than in each worker: over the first 16 of the bench's articles, a
worker's CPU fell from 2.66-2.70 s to 2.44-2.54 s, the warm-up's rose 0.15 s."""

from __future__ import annotations

import gc
from contextlib import suppress

from eventwire.ingest import RawDocument
from eventwire.pipeline import process

WARM_UP = RawDocument(
    id="warm-up",
    text="VIENNA, June 30 (Reuters) - Austria's foreign minister met the Russian ambassador on "
    "Monday, his ministry said, and the two governments agreed to hold talks on Sept. 3, 2024. "
    '"We will not accept threats," the minister told reporters in Vienna at 9 p.m. local time. '
    "Police arrested three protesters who had blocked a road near the embassy last week.",
)

with suppress(Exception):  # never break the fork server: each worker then warms itself
    list(process([WARM_UP]))
gc.freeze()  # process() has set the collector's thresholds (heap.collect_less)
