"""Two quotes in sentences of their own, each with its own cue ("“…,” she said. “…,” said
X."), are two reports with their own speakers; a quote split by a cue inside one sentence, or
a cueless quote after a full stop, stays one report."""

from __future__ import annotations

from tests.conftest import speakers_and_contents


def test_each_sentence_keeps_its_own_cue() -> None:
    text = (
        "Ingrid Solberg spoke to reporters in Bergen on Monday. “Our harbour workers deserve "
        "a fair contract,” she said. “Nobody in this city should lose a pension,” said "
        "Solberg."
    )
    assert speakers_and_contents(text) == [
        ("she", "Our harbour workers deserve a fair contract,"),
        ("Solberg", "Nobody in this city should lose a pension,"),
    ]


def test_a_quote_split_inside_its_sentence_is_one_report() -> None:
    text = "“The budget is balanced,” the minister said, “and the ports will stay open all winter.”"
    speakers = [speaker for speaker, _ in speakers_and_contents(text)]
    assert speakers == ["the minister"]
