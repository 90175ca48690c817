"""Pronoun speakers agree in gender with the person they are resolved to."""

from __future__ import annotations

import pytest

from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_set
from tests.conftest import run_texts


def pronoun_speaker(text: str) -> tuple[str, str | None]:
    """The one quote's speaker words and the name of the actor they were resolved to."""
    (result,) = run_texts(text)
    (quote,) = result.quotes
    assert quote.speaker.mention is not None
    names = {actor.id: actor.name for actor in result.actors}
    return quote.speaker.mention.text, names.get(quote.speaker.actor_id or "")


def test_he_said_after_a_woman_is_the_man_named_before_her() -> None:
    text = "Jane Ortiz met Tom Reyes in Lima. Ortiz left early.\n\n“It went well,” he said."
    assert pronoun_speaker(text) == ("he", "Tom Reyes")


def test_an_honorific_tells_the_gender_of_a_surname() -> None:
    text = "Tom Reyes met Ms. Okafor in Lima. Okafor left early.\n\n“It went well,” he said."
    assert pronoun_speaker(text) == ("he", "Tom Reyes")


@pytest.mark.parametrize(
    "text",
    [
        "Reyes met Okafor, a spokeswoman for the ministry, in Lima. Okafor left early.",
        "Reyes arrived in Lima with his wife, Okafor. Okafor left early.",
        "Reyes met Okafor, the granddaughter of a former president, in Lima. Okafor left early.",
    ],
)
def test_a_gendered_noun_at_a_name_keeps_he_off_that_person(text: str) -> None:
    """Reyes's gender is not told, so "he" is left unresolved rather than given to Okafor."""
    assert pronoun_speaker(text + "\n\n“It went well,” he said.") == ("he", None)


def test_she_said_with_no_woman_named_stands_for_no_one() -> None:
    assert pronoun_speaker("Tom Reyes arrived in Lima.\n\n“It went well,” she said.") == (
        "she",
        None,
    )


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Jennifer Palmieri", "f"),
        ("Don Fowler", "m"),
        ("Crooked Hillary Clinton", None),  # a stray word before the name is no given name
        ("Palmieri", None),  # a lone surname
        ("Kim Lee", None),  # a given name borne by both
    ],
)
def test_given_names_tell_a_gender_only_when_clear(name: str, gender: str | None) -> None:
    assert gender_of_full_name(name) == gender


def test_gendered_words_are_listed_once() -> None:
    """Courtesy titles and kin nouns carry their gender in the actor rules' own lists."""
    others = word_set("person_gender")
    assert not others & (word_set("honorific") | word_set("kin_noun"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Reyes met Kelly Moss in Lima. Moss left early.\n\n“It went well,” he said.",
            "Tom Reyes",
        ),
        (
            "Jane Ortiz met Chris Dahl in Lima. Dahl left early.\n\n“It went well,” she said.",
            "Jane Ortiz",
        ),
        (
            "Jane Ortiz met Bernie Dahl in Lima. Dahl left early.\n\n“It went well,” she said.",
            "Jane Ortiz",
        ),
    ],
)
def test_a_given_name_borne_mostly_by_one_gender_tells_it(text: str, expected: str) -> None:
    """Names borne by one gender eight times in ten ("Chris", "Kelly") count, not only nine."""
    assert pronoun_speaker(text)[1] == expected
