"""Sides told through a phrase: "a former aide named Paul Harker" is Paul Harker, the
doer or target of what the phrase does or undergoes; a request for someone "to investigate X"
is aimed at X; a verb whose object the parse hangs on the verb coordinated after it ("defend
and expand the fund") names what it is aimed at, so the story's other party is not its target."""

from __future__ import annotations

import pytest

from .conftest import event_sides


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A retired clerk named Paul Harker attacked the police in Dover.",
            ("ASSAULT", "Paul Harker", "the police"),
        ),
        (
            "Police arrested a young man called Tom Vessey on Monday.",
            ("COERCE", "Police", "Tom Vessey"),
        ),
        (
            "The lawsuit filed by a former aide named Paul Harker alleges fraud.",
            ("ACCUSE", "Paul Harker", ""),
        ),
    ],
)
def test_a_named_description_is_the_person_named(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_sides(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Senator Baxter called for a special prosecutor to investigate Governor Halloran.",
            ("REQUEST", "Baxter", "Halloran"),
        ),
        (
            "Senator Baxter called for a new commission to study the tax code.",
            ("REQUEST", "Baxter", ""),
        ),
    ],
)
def test_a_request_for_someone_to_act_is_aimed_where_the_hostile_act_is(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_sides(text)


def test_an_object_shared_with_the_next_verb_keeps_the_act_aimed_at_no_one() -> None:
    text = (
        "Senator Baxter praised Governor Halloran on Monday. "
        "Halloran promised to defend and expand the pension fund."
    )
    assert ("SUPPORT", "Halloran", "") in event_sides(text)
