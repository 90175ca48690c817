"""An inverted reporting clause set off inside an unquoted sentence ("X, said NAME, Y"): the
name after the verb speaks, not the fronted words the parse may take as its subject."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in contents_and_speakers(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Any fair reading of the treaty, said Pieter Smit, a lawyer in Pretoria, "
            "would favour the farmers.",
            "Pieter Smit",
        ),
        ("The gap with the rebels, said Costa and others, would narrow by spring.", "Costa"),
    ],
)
def test_the_name_after_a_set_off_verb_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor, a Democrat, told reporters, after the vote, that the budget was fair.",
            "The mayor",
        ),
        ("“We will win,” said Rui Costa, the party leader, on Monday.", "Rui Costa"),
    ],
)
def test_a_subject_that_can_speak_keeps_the_clause(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
