"""Quote speakers where the parser lost the cue's subject: a day after the verb says when, not
who, and the name opening the paragraph, set off by a comma, speaks."""

from __future__ import annotations

from tests.conftest import quote_speakers

OPENING = (
    "Jane Porter is sharpening her attacks on her closest rivals in the hours before the "
    "first votes \nPorter, in Georgia, said Friday that Tom Reyes was “a total amateur” "
    "while Lee Chan is “a coward.”\n"
)


def test_a_day_after_the_verb_is_no_speaker() -> None:
    assert "Friday" not in quote_speakers(OPENING)


def test_the_name_opening_the_paragraph_speaks() -> None:
    assert quote_speakers(OPENING) == ["Porter"]


def test_a_day_before_the_subject_leaves_the_subject_speaking() -> None:
    text = (
        "Monday at the state party dinner Sen. Anna Brooks (D-OR) said the governor was a "
        "“proven failure” in office.\n"
    )
    assert quote_speakers(text) == ["Anna Brooks"]
