"""What the text says a person or body is gives its sector: an occupation after a name's age
or hyphenated words, the plural noun a person is "one of", a company vice president's business
portfolio, a branch's authorities and the Holy See's own bodies."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, actor_sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Gunmen shot Ana Ruiz, 41, a nurse who ran a clinic, police said.", "Ana Ruiz", "HLH"),
        (
            "Tom Reed, a 38-year-old high-school teacher, criticized the governor.",
            "Tom Reed",
            "EDU",
        ),
        ("John Smith, a shopkeeper in Leeds, said thieves attacked him.", "John Smith", "BUS"),
        ("Ana Diaz, a banker, accused the minister of lying.", "Ana Diaz", "BUS"),
        ("Mark Lee, the dean of the law school, rejected the claims.", "Mark Lee", "EDU"),
        ("One of the doctors, Maria Gomez, said the army shelled the town.", "Maria Gomez", "HLH"),
    ],
)
def test_a_described_occupation_gives_a_person_its_sector(
    text: str, name: str, sector: str
) -> None:
    assert actor_sector(text, name) == sector


def test_a_vice_president_over_a_business_portfolio_is_a_company_officer() -> None:
    text = "Acme said in a letter from Jane Fox, a vice president for sales, that it would sue."
    assert actor_sector(text, "Jane Fox") == "BUS"


def test_a_states_vice_president_for_a_portfolio_stays_in_government() -> None:
    text = "Ali Reza, Iran's vice president for legal affairs, criticized the United States."
    assert actor_codes(text, "Ali Reza") == ("IRN", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "Iraqi military authorities said they held two soldiers.",
            "Iraqi military authorities",
            "MIL",
        ),
        (
            "Law enforcement authorities said they arrested a man.",
            "Law enforcement authorities",
            "COP",
        ),
        ("The Green Family Fund gave money to the rebels.", "Green Family Fund", "NGO"),
    ],
)
def test_the_kind_of_body_gives_its_sector(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


def test_the_holy_see_and_its_pontifical_bodies_are_the_vaticans() -> None:
    text = "The Pontifical Academy of Sciences and the Holy See criticized the banks."
    assert actor_codes(text, "Holy See") == ("VAT", "REL")
    assert actor_codes(text, "Pontifical Academy of Sciences")[0] == "VAT"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Community leaders condemned the attack on Monday.", "Community leaders", "CVL"),
        ("Faith leaders urged the mayor to resign.", "Faith leaders", "REL"),
    ],
)
def test_leaders_of_a_community_or_faith_are_no_government(
    text: str, name: str, sector: str
) -> None:
    assert actor_sector(text, name) == sector
