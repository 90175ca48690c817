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
    assert not {"Barack Obama", "Joe Biden"} & set(_actors_of(r, "the president"))


@pytest.mark.parametrize(
    ("text", "day", "title", "person"),
    [
        (  # the only Republican running that day, by the known-actor and politicians' tables
            "Donald Trump spoke on Monday. Marco Rubio attacked him. "
            "The presumptive GOP nominee replied.",
            "2016-06-01",
            "The presumptive GOP nominee",
            "Donald Trump",
        ),
        (  # the party word passes over the nearer person of the other party
            "Hillary Clinton spoke on Monday. She attacked Donald Trump's plan. "
            "The Democratic presidential candidate said it was cruel.",
            "2015-11-11",
            "The Democratic presidential candidate",
            "Hillary Clinton",
        ),
        (  # a state word: the senator whose home state it is
            "Ted Cruz spoke on Monday. Donald Trump attacked him. "
            "Voters put the Texas senator in second place.",
            "2016-02-01",
            "the Texas senator",
            "Ted Cruz",
        ),
    ],
)
def test_a_description_is_the_one_person_whose_office_that_day_fits_it(
    text: str, day: str, title: str, person: str
) -> None:
    (r,) = run_texts("WASHINGTON (AP) _ " + text, date=day)
    assert _actors_of(r, title) == [person]


def test_a_description_two_people_fit_stays_apart() -> None:
    # two Republicans were running that day, both in play: either could be meant
    text = (
        "Donald Trump spoke on Monday. Ted Cruz attacked him. "
        "The Republican presidential candidate replied."
    )
    (r,) = run_texts("WASHINGTON (AP) _ " + text, date="2016-02-01")
    title = "The Republican presidential candidate"
    assert _actors_of(r, title) == [title]


def test_a_past_office_is_the_one_person_who_left_it() -> None:
    text = (
        "Hillary Clinton spoke on Monday. Donald Trump attacked her. "
        "Boos rained down when he named the former secretary of state."
    )
    (r,) = run_texts("WASHINGTON (AP) _ " + text, date="2016-02-01")
    assert _actors_of(r, "the former secretary of state") == ["Hillary Clinton"]
