"""Quoted fragments inside one reported clause ("X says “…” because “…”", "X told him that
she feels “…” before the “…”") are all X's words: a verb inside the clause governing or
citing a later fragment reports nothing of its own, though an earlier fragment has already
taken X's cue."""

from __future__ import annotations

from tests.conftest import run_texts


def speakers(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [q.speaker.mention.text for q in result.quotes if q.speaker.mention]


def test_a_second_fragment_in_the_reported_clause_keeps_the_reporter() -> None:
    text = (
        "Ferreira spoke on the radio in Porto. Ferreira says “the whole league has become lazy” "
        "because “the clubs have become rich like their owners.”"
    )
    assert speakers(text) == ["Ferreira", "Ferreira"]


def test_a_fragment_cited_by_a_verb_inside_the_clause_is_the_reporters() -> None:
    text = (
        "Halep told a radio host that she is feeling “a lot of pressure” before the “biggest "
        "match of her life.”"
    )
    assert set(speakers(text)) == {"Halep"}
