"""People's names NER tagged only in part: a given name it left out before the surname
("Paloma [Wu]"), a long name it cut in two; a title before a name and two people named side by
side stay apart."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _names(text: str) -> set[str]:
    (result,) = run_texts(text, date="2016-05-02")
    return {a.name for a in result.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Paloma Wu, legal director for the state chapter, criticized the ruling.",
            "Paloma Wu",
        ),
        (
            "Party Chair Debbie Wasserman Schultz rejected the demand on Monday.",
            "Debbie Wasserman Schultz",
        ),
        (
            "Months ago District Court Judge Daniel Porter Jordan III voided the state's ban.",
            "Daniel Porter Jordan III",
        ),
    ],
)
def test_a_name_tagged_in_part_is_read_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_title_before_a_surname_stays_out_of_the_name() -> None:
    assert "Judge Wu" not in _names("Judge Wu rejected the appeal on Monday.")


def test_people_named_side_by_side_stay_apart() -> None:
    names = _names("Obama met Clinton, Sanders and Biden at the White House.")
    assert {"Hillary Clinton", "Bernie Sanders", "Joe Biden"} <= names


def test_a_title_read_as_a_name_is_not_joined_to_the_name_after_it() -> None:
    names = _names("Lakeside Elementary Principal Dawn Hollis praised the teachers.")
    assert not any(name.startswith("Lakeside") and name.endswith("Hollis") for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sir John Egan, the chairman, said the bid had failed.", "Sir John Egan"),
        (
            "Donald Trump was able to out-Christie Chris Christie in the debate.",
            "Christie Chris Christie",
        ),
    ],
)
def test_a_courtesy_title_or_a_repeated_word_is_no_given_name(text: str, name: str) -> None:
    assert name not in _names(text)
