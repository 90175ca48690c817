"""Disliking what a party is doing, or not liking it, is criticism of that party (ACCUSE); a wish
("would not like to see") or a dislike of the speaker's own doing is none."""

from __future__ import annotations

import pytest

from .conftest import event_types, triggered_types


def test_disliking_what_a_party_does_criticises_it() -> None:
    text = "Senator Dale Hoskins said he dislikes what Governor Ann Pruitt is doing to the schools."
    assert ("dislikes", "ACCUSE") in triggered_types(text)


def test_not_liking_what_a_party_does_is_criticism_not_its_denial() -> None:
    text = "Senator Dale Hoskins said he does not like what Governor Ann Pruitt is doing."
    assert ("like", "ACCUSE") in triggered_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dale Hoskins said he would not like to see what happens next.",
        "Senator Dale Hoskins said he does not like what we are doing.",
        "Senator Dale Hoskins said he likes what Governor Ann Pruitt is doing.",
    ],
)
def test_a_wish_or_the_speakers_own_doing_is_no_dislike(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
