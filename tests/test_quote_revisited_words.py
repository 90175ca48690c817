"""A reporting noun whose possessive pronoun is the subject's own, under a verb by which the
subject takes up their words again ("revised her statement that …", "stood by his claim
that …", "kept his promise to …") or a reporting verb it is said in ("stressed in his remarks
that …"), is reported by the subject, not by the bare pronoun."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later, the senator revised her statement that the loan had been repaid.", "the senator"),
        ("The minister apologized for his remark that the strikers were lazy.", "The minister"),
        ("Mayor Alvarez didn't back away from his promise to cut property taxes.", "Alvarez"),
        (
            "The treasurer gathers funds for the party, even while keeping her promise to coach "
            "the chess club every Saturday.",
            "The treasurer",
        ),
        ("The president revisited his own pledge to heal a divided country.", "The president"),
    ],
    ids=["object", "after-preposition", "over-a-particle", "kept", "revisited"],
)
def test_subject_holds_the_words_it_takes_up(text: str, expected: str) -> None:
    assert quote_speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The senator offered a cautious welcome, stressing in his remarks that the president "
        "would sign any bill that passed.",
        "The senator argued in her speech that the budget would not pass this year.",
    ],
)
def test_words_said_in_the_speakers_own_remarks(text: str) -> None:
    assert quote_speakers(text) == ["The senator"]
