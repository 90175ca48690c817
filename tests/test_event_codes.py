"""eventwire's event code table: every code the rules use is there, and agrees with PLOVER's
published CAMEO conversion (read from ../shared when present, never copied into the project)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.events.lexicon import code_table, triggers

CONVERSION = Path(__file__).resolve().parents[2] / "shared/eval/events/CAMEO2PLOVER-2021.txt"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")


def _published() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """CAMEO code → (type, mode, contexts) as the published conversion file states them."""
    table = {}
    for line in CONVERSION.read_text(encoding="utf-8").splitlines():
        match = LINE.match(line)
        if match is not None:
            cameo, type_, mode, context = (part.strip() for part in match.groups())
            contexts = tuple(c.strip() for c in re.split(r"[;,]", context) if c.strip())
            table.setdefault(cameo, (type_, mode or None, contexts))
    return table


def test_every_trigger_code_is_in_the_table() -> None:
    codes = {t.code.cameo for rows in triggers().values() for t in rows}
    assert codes <= set(code_table())


@pytest.mark.skipif(not CONVERSION.exists(), reason="../shared conversion file not present")
def test_table_agrees_with_the_published_conversion() -> None:
    published = _published()
    for cameo, code in code_table().items():
        assert published[cameo] == (code.type, code.mode, code.context), cameo
