"""A person the known-actor table does not know takes the article's home country unless the
words the story uses about them say another: a demonym or a birthplace before the name, a
later "the Cuban father"; words of descent ("of Cuban descent") tell forebears, not a country."""

from __future__ import annotations

import pytest

from tests.conftest import named_actor, run_texts


def country(text: str, name: str) -> str | None:
    (result,) = run_texts(text, date="2000-03-02")
    person = named_actor(result, name)
    return person.country.value if person.country else None


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "HOUSTON (AP) _ Nigerian-born engineer Tunde Okafor sued the city on Friday.",
            "Tunde Okafor",
            "NGA",
        ),
        (
            "DENVER (AP) _ Chile-born Marta Rojas accused the governor of lying.",
            "Marta Rojas",
            "CHL",
        ),
    ],
)
def test_a_birthplace_joined_before_the_name_gives_the_country(
    text: str, name: str, iso3: str
) -> None:
    assert country(text, name) == iso3


def test_a_demonym_before_a_lowercase_description_the_tagger_misreads_gives_the_country() -> None:
    text = "DALLAS (AP) _ Colombian drug lord Carlos Mendoza threatened the prosecutor on Monday."
    assert country(text, "Carlos Mendoza") == "COL"


@pytest.mark.parametrize(
    "text",
    [
        "TAMPA (AP) _ Lucia Ferrer, the famous actress of Cuban descent, criticized the mayor.",
        "TAMPA (AP) _ Lucia Ferrer, a Cuban American, criticized the mayor on Sunday.",
    ],
)
def test_words_of_descent_keep_the_home_country(text: str) -> None:
    assert country(text, "Lucia Ferrer") == "USA"


def test_a_later_description_by_demonym_gives_the_person_named_before_its_country() -> None:
    text = (
        "MIAMI (AP) _ Tomas Varela applied for a visa on Monday. The Cuban father wants to take"
        " his daughter home, and he criticized the immigration officials."
    )
    assert country(text, "Tomas Varela") == "CUB"


def test_a_demonym_description_with_two_men_in_play_names_neither() -> None:
    text = (
        "MIAMI (AP) _ Tomas Varela met Roberto Sanz on Monday. The Cuban father wants to take"
        " his daughter home."
    )
    assert country(text, "Tomas Varela") == "USA"
    assert country(text, "Roberto Sanz") == "USA"


def test_a_demonym_description_of_the_other_gender_names_no_one() -> None:
    text = (
        "MIAMI (AP) _ Tomas Varela applied for a visa on Monday. The Cuban mother wants to take"
        " her daughter home."
    )
    assert country(text, "Tomas Varela") == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "MIAMI (AP) _ Protesters waved posters of the Cuban boy outside the court on Monday.",
        "MIAMI (AP) _ Tomas Varela wept on Monday over the Cuban boy whose raft sank at sea.",
    ],
)
def test_a_demonym_description_fitting_no_one_named_is_no_person(text: str) -> None:
    (result,) = run_texts(text, date="2000-03-02")
    assert not [a for a in result.actors if "boy" in a.name]
    varela = [a for a in result.actors if a.name == "Tomas Varela"]
    assert all(a.country is not None and a.country.value == "USA" for a in varela)
