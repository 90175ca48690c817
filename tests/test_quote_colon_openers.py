"""A cue closed by a colon ("Y said: “…”") opens the quote after it: the quote that ends
just before it is not Y's, but continues the speaker of the quote before it ("“…,” X said.
“…”"), as PolNeAR annotates such a pair as one report."""

from __future__ import annotations

from tests.conftest import run_texts


def speakers(text: str) -> list[tuple[str | None, str]]:
    (result,) = run_texts(text)
    return [
        (q.speaker.mention.text if q.speaker.mention else None, q.content.text[:20])
        for q in result.quotes
    ]


def test_a_colon_cue_opens_the_next_quote_only() -> None:
    text = (
        "Two fishermen met the minister in Bergen.\n\n“We are fishermen,” Mr. Haugen said. "
        "“We are not poachers.” Ms. Dahl said: “The new quota will empty the fjord. "
        "Our sons may have to leave.”"
    )
    found = speakers(text)
    assert [speaker for speaker, _ in found] == ["Haugen", "Dahl"]
    assert found[0][1].startswith("We are fishermen")


def test_a_cue_after_a_quote_still_attributes_it() -> None:
    text = "“The harbour will reopen in March,” Mr. Haugen said. “The nets are ready,” said Dahl."
    assert [speaker for speaker, _ in speakers(text)] == ["Haugen", "Dahl"]
