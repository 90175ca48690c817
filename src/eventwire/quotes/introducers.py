"""Cues that open the quote right after them: "X said, “…”", "X said: “…”", and "X told
reporters in Lima on Monday, “…”", where the words between are the verb's own objects and
phrases. Such a cue holds the quote even where a cue after it ("… ?” Y then wrote, “…”")
sits nearer: that one opens the next sentence and its own quote."""

from __future__ import annotations

import re

from eventwire.quotes.cues import Cue

AFTER_COLON = re.compile(r"[^.!?\n“”\"]*:\s*|\s*,\s*")
BEFORE_COMMA = re.compile(r"[^.!?\n“”\":;]*,\s*")
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def introduces(cue: Cue, text: str, start: int) -> bool:
    """The cue ends right before the quote starting at `start`, but for its own dependents and
    a colon or comma ("…, and NBC News has proof: “…”" has another clause between)."""
    if cue.span[1] > start:
        return False
    between = text[cue.span[1] : start]
    marked = AFTER_COLON.fullmatch(between) or BEFORE_COMMA.fullmatch(between)
    return marked is not None and _own_words(cue, start)


def _own_words(cue: Cue, start: int) -> bool:
    """Every word between the cue and the quote hangs from the cue's verb, and none is the
    subject of a clause of its own ("…, and NBC News has proof:")."""
    verb = cue.token
    words = [t for t in verb.doc if cue.span[1] <= t.idx < start and not t.is_punct]
    return all(verb in t.ancestors and t.dep_ not in SUBJECTS for t in words)
