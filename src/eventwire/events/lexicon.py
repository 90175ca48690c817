"""The trigger lexicon (`lexicons/event_triggers.tsv`) joined with the CAMEO→PLOVER crosswalk.

eventwire's own trigger list names a CAMEO code for each trigger; the official crosswalk
(`lexicons/cameo2plover-2021.txt`, CC BY-SA 4.0, Open Event Data Alliance) turns that code into
PLOVER's type, mode and context, so the two vocabularies stay consistent by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.lexicons import read_table

_CROSSWALK_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")


@dataclass(frozen=True)
class EventCode:
    """What a trigger codes: PLOVER type, mode, context and the closest CAMEO code."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: the words to match and the code they give."""

    kind: str  # "V" verb lemma (+ particle/preposition), "N" noun lemma or lemma phrase
    words: tuple[str, ...]
    arguments: frozenset[str]  # argument lemmas required for the trigger to fire; empty = any
    code: EventCode
    excluded: frozenset[str] = frozenset()  # argument lemmas that stop it firing


@cache
def crosswalk() -> dict[str, EventCode]:
    """CAMEO code → PLOVER code, read from the official crosswalk file."""
    path = resources.files("eventwire.lexicons").joinpath("cameo2plover-2021.txt")
    table: dict[str, EventCode] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _CROSSWALK_LINE.match(line)
        if match is None:
            continue
        cameo, type_, mode, context = (part.strip() for part in match.groups())
        contexts = tuple(c.strip() for c in re.split(r"[;,]", context) if c.strip())
        table.setdefault(cameo, EventCode(type_, mode or None, contexts, cameo))
    return table


def _code(cameo: str, type_override: str, mode_override: str) -> EventCode:
    base = crosswalk()[cameo]
    return EventCode(
        type=type_override or base.type,
        mode=mode_override or base.mode,
        context=base.context,
        cameo=cameo,
    )


@cache
def triggers() -> dict[str, list[Trigger]]:
    """Lexicon rows indexed by their first word, longest phrases first."""
    index: dict[str, list[Trigger]] = {}
    for row in read_table("event_triggers.tsv"):
        kind, phrase, cameo, *overrides = row
        type_override, mode_override = ([*overrides, "", ""])[:2]
        words, _, arguments = phrase.partition(">")
        excluded = arguments.startswith("!")
        listed = frozenset(a for a in arguments.lstrip("!").split("|") if a)
        trigger = Trigger(
            kind=kind,
            words=tuple(words.split()),
            arguments=frozenset() if excluded else listed,
            code=_code(cameo, type_override, mode_override),
            excluded=listed if excluded else frozenset(),
        )
        index.setdefault(trigger.words[0], []).append(trigger)
    for rows in index.values():
        rows.sort(key=lambda t: (-len(t.words), -len(t.arguments) if t.arguments else 0))
    return index
