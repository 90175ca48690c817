"""Attributions set into or closing an unquoted sentence: "…, X said, …" reports its whole
sentence even where the parse glues the next sentence's opening quote mark onto it, and a
closing "…, according to X" relays its clause, reporting verbs inside included."""

from __future__ import annotations

from tests.conftest import run_texts


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    (result,) = run_texts(text)
    return [
        (q.kind.value, q.speaker.mention.text if q.speaker.mention else None, q.content.text)
        for q in result.quotes
    ]


def test_a_set_in_cue_before_a_quoted_sentence_reports_its_own_sentence() -> None:
    text = (
        "Mr. Harlow runs a mill.\n\nIn any case, Mr. Harlow said, the steel industry was badly "
        "over-supplied with mills. ''It was just waiting for a slump to wreck it,'' he said.\n"
    )
    found = quotes(text)
    assert found[0][:2] == ("indirect", "Harlow")
    assert "the steel industry was badly over-supplied with mills" in found[0][2]
    assert found[1][:2] == ("direct", "he")


def test_a_closing_according_to_relays_a_reporting_verb_inside_its_clause() -> None:
    text = (
        "The ministry was signaling its strong support for Mr. Ota by making its offer just "
        "minutes into the day, according to a finance official.\n"
    )
    [(kind, speaker, content)] = quotes(text)
    assert (kind, speaker) == ("indirect", "a finance official")
    assert content.startswith("The ministry was signaling")
