"""A name set beside a description is one person with it: "Tomas Vidal, a Peruvian miner,"
is Peru's; "the girl's mother, Rosa Quispe," is where the story sent the girl home to. A
heritage word stays at home, a demonym on another noun tells nothing of the person, and a name
beside another name is another person."""

from __future__ import annotations

import pytest

from tests.conftest import named_actor, run_texts


def country(text: str, name: str) -> str | None:
    (result,) = run_texts(text, date="2003-05-12")
    person = named_actor(result, name)
    return person.country.value if person.country else None


def test_a_trailing_description_with_a_demonym_gives_the_country() -> None:
    text = (
        "PHOENIX (AP) _ Tomas Vidal, a Peruvian miner, sued the company on Tuesday. "
        "Vidal accused the managers of ignoring safety rules."
    )
    assert country(text, "Tomas Vidal") == "PER"


def test_a_kin_description_of_a_person_sent_home_gives_the_country() -> None:
    text = (
        "TUCSON (AP) _ A judge ordered that Lucia Quispe be sent back to Bolivia. "
        "Lucia's mother, Rosa Mamani, thanked the judge on Friday."
    )
    assert country(text, "Rosa Mamani") == "BOL"


@pytest.mark.parametrize(
    "text",
    [
        "BOSTON (AP) _ Dan Kelly, an Irish-American lawyer, criticized the mayor on Monday.",
        "BOSTON (AP) _ The Irish navy's captain, Dan Kelly, criticized the mayor on Monday.",
        # a parse that hangs one name of a list on another is two people, not a description
        "BOSTON (AP) _ The talks drew Irish Premier Bertie Ahern, Dan Kelly, a banker, and others.",
    ],
)
def test_a_heritage_or_a_demonym_on_another_noun_keeps_the_home_country(text: str) -> None:
    assert country(text, "Dan Kelly") == "USA"
