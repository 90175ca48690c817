"""The quotes scorer compares eventwire's offsets with PolNeAR's on the same text."""

from __future__ import annotations

from eval.quotes import raw_offsets


def test_offsets_after_a_dropped_control_character_point_at_the_same_words() -> None:
    raw = "Mr. Bas\x83ez said it, and Ana Ruiz agreed."
    cleaned = raw.replace("\x83", "")
    to_raw = raw_offsets(raw)
    for words in ("Basez", "said", "Ana Ruiz", "agreed."):
        start = cleaned.index(words)
        raw_start, raw_end = to_raw(start, start + len(words))
        assert raw[raw_start:raw_end].replace("\x83", "") == words
    assert to_raw(0, 3) == (0, 3)
