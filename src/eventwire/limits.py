"""Per-document limits, so one hostile document costs bounded time and memory, never a batch.

Checked before parsing: the token count (spaCy's parser memory and time grow with it) and runs
of punctuation (spaCy's tokenizer strips affixes one at a time, so a run of n quote marks or
exclamation marks costs O(n²): 8,000 of them take about 9 s, 100,000 take over ten minutes).
While the stages run: a budget of CPU time (SIGPROF), so that a loaded machine, which slows the
stages without them doing more work, does not turn into lost events and output that depends on
the load; and a wall-clock backstop several times longer (SIGALRM) for a stage stuck waiting,
which spends no CPU. Both in the main thread (worker processes included); elsewhere (a thread)
the stages run unbounded.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from eventwire.model import ErrorReason

MAX_TOKENS = 50_000
"""About 250,000 characters of prose: several times the longest news feature."""
MAX_PUNCTUATION_RUN = 200
"""Prose never has 200 punctuation marks in a row; below this the tokenizer cost is negligible."""
DOCUMENT_SECONDS = 30.0
"""CPU time the stages may spend on one document; a normal article needs well under a second."""
WALL_FACTOR = 4.0
"""The wall-clock backstop, in multiples of the CPU budget: a stage that waits spends no CPU."""

_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCTUATION_RUN + 1},}}")


class OverBudget(BaseException):
    """Raised in the stages when the budget is spent; a BaseException so that a stage's own
    `except Exception` cannot swallow it."""


class Refused(Exception):
    """The text must not be parsed: `reason` says why, the message in words."""

    def __init__(self, reason: ErrorReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def tokenized(text: str, tokenizer: Tokenizer) -> Doc:
    """The text's tokens, which the parse then goes on from (so the text is tokenized once);
    Refused when it must not be parsed."""
    run = _PUNCTUATION_RUN.search(text)
    if run:  # before the tokenizer, whose cost on such a run is quadratic
        message = (
            f"a run of {len(run.group()):,} punctuation characters at offset {run.start():,} "
            f"(the limit is {MAX_PUNCTUATION_RUN}); not prose"
        )
        raise Refused(ErrorReason.INVALID_INPUT, message)
    doc = tokenizer(text)  # the tokenizer alone is cheap next to the parse
    if len(doc) > MAX_TOKENS:
        raise Refused(ErrorReason.TOO_LONG, f"{len(doc):,} tokens; the limit is {MAX_TOKENS:,}")
    return doc


def _expire(_signum: int, _frame: object) -> None:
    raise OverBudget


TIMERS = (
    (signal.ITIMER_PROF, signal.SIGPROF, 1.0),
    (signal.ITIMER_REAL, signal.SIGALRM, WALL_FACTOR),
)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise OverBudget in this block after `seconds` of CPU time, or `WALL_FACTOR` times as
    many on the clock (main thread only; a no-op elsewhere)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _expire) for _, sig, _ in TIMERS}
    for timer, _, factor in TIMERS:
        signal.setitimer(timer, seconds * factor)
    try:
        yield
    finally:
        for _, sig, _ in TIMERS:  # first: a timer firing now must not raise past this block
            signal.signal(sig, signal.SIG_IGN)
        for timer, sig, _ in TIMERS:
            signal.setitimer(timer, 0)
            signal.signal(sig, previous[sig])
