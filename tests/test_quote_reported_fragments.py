"""Quoted fragments inside one reported clause ("X says “…” because “…”") are all X's words:
a verb inside the clause governing the second fragment reports nothing of its own, though
the first fragment has already taken X's cue."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_second_fragment_in_the_reported_clause_keeps_the_reporter() -> None:
    text = (
        "Ferreira spoke on the radio in Porto. Ferreira says “the whole league has become lazy” "
        "because “the clubs have become rich like their owners.”"
    )
    (result,) = run_texts(text)
    assert [q.speaker.mention.text for q in result.quotes if q.speaker.mention] == [
        "Ferreira",
        "Ferreira",
    ]
