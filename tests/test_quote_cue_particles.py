"""A cue's particle comes after its verb: in "In her May speech, Ms. Okafor chimed in", the "in"
that opens the sentence is no part of the cue (it made an inverted cue span, and the events
stage failed on the article)."""

from __future__ import annotations

from tests.conftest import run_texts

TEXT = (
    "The board kept rates steady. In her May speech, Ms. Okafor chimed in, breaking with the "
    "board to argue that it was overstating the risk of inflation."
)


def test_a_preposition_before_the_verb_is_not_its_particle() -> None:
    (result,) = run_texts(TEXT, date="2016-07-27")
    assert result.errors == []
    cues = [q.cue for q in result.quotes if q.cue is not None]
    assert cues and all(cue.start < cue.end for cue in cues)
    assert all(TEXT[cue.start : cue.end] == cue.text for cue in cues)
