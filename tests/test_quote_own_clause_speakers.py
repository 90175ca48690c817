"""Who speaks when the parse hangs a reporting verb's clause below another's: a clause with
its own subject conjoined to a reporting verb, or opened by "when"/"after" on it, speaks for
itself; a finite verb the parse joined to a bare verb under a modal shares the subject above;
a participle after an "after" clause speaks for the main clause's subject only where the main
verb reports."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "Some of the delegates jeered, and when Okafor thanked Lagos and said it was "
            "wonderful to be back, a student shouted “Go home!”",
            "Go home!",
            "a student",
            id="conjoined-clause-with-its-own-subject",
        ),
        pytest.param(
            "A tourist asked for a selfie and Mendes said, “only if you vote for me in June.”",
            "only if you vote for me in June.",
            "Mendes",
            id="second-conjunct-speaker-says-the-quote",
        ),
        pytest.param(
            "Mr. Lula retreated from his forecast that Brazil would leave the recession within "
            "a year, and blamed the drop in soy prices.",
            "the drop in soy prices",
            "Lula",
            id="finite-conjunct-of-a-modal-verb-shares-the-main-subject",
        ),
        pytest.param(
            "The row broke out weeks after the billionaire joined the race with harsh words "
            "about Turks, calling them thieves and vowing to make Ankara pay.",
            "to make Ankara pay",
            "the billionaire",
            id="participle-after-an-after-clause-of-a-verb-that-does-not-report",
        ),
    ],
)
def test_speaker_of_a_clause_of_its_own(text: str, content: str, speaker: str) -> None:
    found = dict(contents_and_speakers(text))
    assert found.get(content) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Ruto says if voters think the roads will be fixed by “the same old faces in "
            "Nairobi, you should vote for them.”",
            "Ruto",
            id="if-clause-inside-the-report",
        ),
        pytest.param(
            "Lena Ortiz, a Lima radio host, recalled in 2009 that before Cusco, Humala wasn’t "
            "treated as credibly by his show’s listeners, who wondered if “he would be the "
            "token outsider in the race.”",
            "Lena Ortiz",
            id="that-clause-misparsed-as-adverbial",
        ),
        pytest.param(
            "Backers of Ruto would argue — and Ruto surely believes — that his message suits "
            "the “angry mood” of the voters.",
            "Backers",
            id="conjoined-aside-shares-the-complement",
        ),
    ],
)
def test_clause_inside_the_report_stays_the_reporters(text: str, speaker: str) -> None:
    """What stands in the outer cue's report, or only aside from it, is the outer speaker's."""
    speakers = {found for _, found in contents_and_speakers(text)}
    assert speakers == {speaker}
