"""A country named before a collective noun makes the group that country's actor, with the
sector the noun says: its citizens, its lawyers, its politicians, a chamber of its
parliament, its industry. Bare, some of these nouns are no actor of their own."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, run_texts


def _codes(text: str, name: str) -> tuple[str | None, str | None]:
    return actor_codes(text, name, None)


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("Canadian lawyers accused the ministry of torture.", "Canadian lawyers", ("CAN", "JUD")),
        ("US attorneys charged the banker with fraud.", "US attorneys", ("USA", "JUD")),
        ("Peruvian politicians condemned the decision.", "Peruvian politicians", ("PER", "PTY")),
        ("Ghanaian women marched to the ministry on Sunday.", "Ghanaian women", ("GHA", "CVL")),
        ("The American public rejected the plan.", "American public", ("USA", "CVL")),
        ("Belgium's lower house approved the budget.", "Belgium's lower house", ("BEL", "LEG")),
        ("Two Syrian men were detained in Izmir.", "Syrian men", ("SYR", "CVL")),
        ("Indian local governments rejected the order.", "Indian governments", ("IND", "GOV")),
        ("North Korean hackers attacked the bank.", "North Korean hackers", ("PRK", None)),
    ],
)
def test_a_country_and_a_group_noun_make_that_countrys_group(
    text: str, name: str, codes: tuple[str, str | None]
) -> None:
    assert _codes(text, name) == codes


def test_a_chamber_named_bare_is_the_home_countrys_legislature() -> None:
    text = "OSLO, Norway (AP) _ The upper house rejected the bill on Monday."
    assert _codes(text, "The upper house") == ("NOR", "LEG")


def test_a_chamber_of_a_countrys_parliament_is_that_countrys_legislature() -> None:
    text = "The upper chamber of the Czech parliament rejected the treaty."
    assert _codes(text, "The upper chamber") == ("CZE", "LEG")


def test_industry_leaders_are_business_not_government() -> None:
    text = "OSLO, Norway (AP) _ Fishing industry leaders criticized the minister on Tuesday."
    assert _codes(text, "Fishing industry leaders") == ("NOR", "BUS")


@pytest.mark.parametrize(
    "text", ["The family's lawyers met with officials on Tuesday.", "Two men opened fire in Kabul."]
)
def test_a_group_noun_with_no_country_is_no_actor_of_its_own(text: str) -> None:
    (result,) = run_texts(text)
    assert not any(word in a.name for a in result.actors for word in ("lawyers", "men"))


def test_a_heritage_demonym_leaves_the_group_to_the_country_it_lives_in() -> None:
    text = "Haitian American politicians criticized the governor of Florida."
    assert _codes(text, "American politicians") == ("USA", "PTY")
