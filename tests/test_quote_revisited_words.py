"""A reporting noun whose possessive pronoun is the subject's own, under a verb by which the
subject takes up their words again ("revised her statement that …", "stood by his claim
that …"), is reported by the subject, not by the bare pronoun."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def speakers(text: str) -> list[str | None]:
    (result,) = run_texts(text)
    return [q.speaker.mention.text if q.speaker.mention else None for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later, the senator revised her statement that the loan had been repaid.", "the senator"),
        ("The minister apologized for his remark that the strikers were lazy.", "The minister"),
        ("Mayor Alvarez didn't back away from his promise to cut property taxes.", "Alvarez"),
    ],
    ids=["object", "after-preposition", "over-a-particle"],
)
def test_subject_holds_the_words_it_takes_up(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
