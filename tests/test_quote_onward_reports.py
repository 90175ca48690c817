"""A cue in the sentence after a quote that closed its own sentence, with a report of its own
after the verb ("“…” Delgado added that the council …"), says that report: the quote before it
continues the speaker named before it, and the cue's own report is a quote of its own."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    ("cue", "content"),
    [
        pytest.param(
            "Delgado added that", "the council would hold hearings next month", id="clause"
        ),
        pytest.param("She noted", "a planned hearing in Tacoma next month", id="object"),
    ],
)
def test_cue_with_its_own_report_leaves_the_quote_to_the_speaker_before(
    cue: str, content: str
) -> None:
    text = (
        "“We need more time to study the costs,” said Maria Delgado, the council’s budget "
        f"chair. “The numbers we received last week do not add up.” {cue} {content}."
    )
    found = contents_and_speakers(text)
    assert found[1] == ("The numbers we received last week do not add up.", "Maria Delgado")


def test_cue_after_a_quote_without_a_report_of_its_own_still_takes_it() -> None:
    text = (
        "The council postponed its vote. “The numbers we received last week do not add up.” "
        "Delgado told reporters on Tuesday."
    )
    assert contents_and_speakers(text) == [
        ("The numbers we received last week do not add up.", "Delgado")
    ]
