"""Descriptions that name a person told in the same sentence (session 9): a title followed by
its comma and a name in apposition is that person, not an actor of its own; a title followed by
a list of names, or by a comma and a speaker, names no one of them."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _actors_of(result: ArticleResult, phrase: str) -> list[str]:
    """Names of the actors that have a mention saying `phrase`."""
    ids = {m.actor_id for m in result.mentions if m.evidence.text == phrase}
    return [a.name for a in result.actors if a.id in ids]


@pytest.mark.parametrize(
    ("sentence", "title", "person"),
    [
        (
            "The plan would help, the White House press secretary, Josh Earnest, said Tuesday.",
            "the White House press secretary",
            "Josh Earnest",
        ),
        (
            "The crowd cheered the vice presidential nominee, Indiana Gov. Mike Pence, on Friday.",
            "the vice presidential nominee",
            "Mike Pence",
        ),
    ],
)
def test_a_title_with_a_name_in_apposition_is_that_person(
    sentence: str, title: str, person: str
) -> None:
    (r,) = run_texts("WASHINGTON (AP) _ " + sentence, date="2016-07-22")
    assert _actors_of(r, title) == [person]


def test_a_title_before_a_list_of_names_is_none_of_them() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Reporters met the president, Barack Obama and Joe Biden, on Monday.",
        date="2016-07-22",
    )
    assert _actors_of(r, "the president") not in (["Barack Obama"], ["Joe Biden"])
