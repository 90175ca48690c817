"""Dislike, disdain and shaming aimed at a party are criticism of it (accuse38): a stated dislike
of someone, souring on someone, distaste for someone, a bid to embarrass or discredit someone,
and seizing on someone's words; the same words said of a thing, with no doer or of a dislike
the public holds (a poll's finding) stay out."""

from __future__ import annotations

import pytest

from .conftest import accusation_sides


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Senator Lopez said she dislikes Governor Baker.", "Lopez", "Baker"),
        ("Party donors have soured on Senator Miller, aides said.", "Party donors", "Miller"),
        ("Governor Baker was open about his distaste for Senator Miller.", "Baker", "Miller"),
        ("Republicans are trying to embarrass Senator Warren.", "Republicans", "Elizabeth Warren"),
        ("The mayor sought to discredit Governor Baker.", "The mayor", "Baker"),
    ],
)
def test_dislike_and_shaming_accuse_the_party(text: str, source: str, target: str) -> None:
    assert (source, target) in accusation_sides(text)


def test_seizing_on_words_attacks_them() -> None:
    text = "Senator Miller's rivals seized on his words within hours."
    assert accusation_sides(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most voters dislike the new parking rules.",
        "The senator has a distaste for long speeches.",
        "The sudden storm embarrassed Governor Baker.",
        "Senator Lopez won the primary easily, embarrassing Governor Baker in his home state.",
        "Senator Miller and Governor Baker are strongly disliked by American voters.",
    ],
)
def test_dislike_of_a_thing_or_no_doer_accuses_no_one(text: str) -> None:
    assert accusation_sides(text) == []
