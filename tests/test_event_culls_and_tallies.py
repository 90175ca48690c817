"""Acts' words that tell no act on a party: animals culled against a disease, a count brought
to a figure and credit given (praise); killing people, destroying property, bringing a suit and
lending money stay events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "After the virus was found on two farms, 9,000 ducks were destroyed.",
        "Thousands of chickens have been killed in an effort to stop the virus from spreading.",
        "Inspectors said the infected cow's carcass will be destroyed on Friday.",
    ],
)
def test_animals_culled_are_no_attack_or_coercion(text: str) -> None:
    types = event_types(text)
    assert "ASSAULT" not in types and "COERCE" not in types


def test_people_killed_stay_an_attack() -> None:
    assert "ASSAULT" in event_types("Gunmen killed two farmers and stole their cattle.")


def test_property_destroyed_stays_coercion() -> None:
    assert "COERCE" in event_types("Troops burned the village's cattle sheds and homes.")


@pytest.mark.parametrize(
    "text",
    [
        "The new reports bring the number of confirmed cases in the province to 41.",
        "Two more infections will bring the total number of measles cases in the county to 19.",
    ],
)
def test_a_count_brought_to_a_figure_is_no_suit(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_a_suit_brought_stays_an_accusation() -> None:
    assert "ACCUSE" in event_types("The families brought their case to the Supreme Court.")


def test_credit_given_is_praise_not_aid() -> None:
    assert "AID" not in event_types(
        "The mayor gave credit to the volunteers for the quick cleanup."
    )


def test_a_loan_given_stays_aid() -> None:
    assert "AID" in event_types("The World Bank gave Kenya a $300 million loan for new roads.")
