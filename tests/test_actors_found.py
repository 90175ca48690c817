"""Actors a reader lists that eventwire once missed: group nouns that act, historical
demonyms, titles named with their place, names NER cuts at a place-named surname."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def named(result: ArticleResult) -> dict[str, tuple[str | None, str | None]]:
    """Actor name → (country, sector)."""
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def mentions(result: ArticleResult) -> set[str]:
    return {m.evidence.text for m in result.mentions}


def test_creditors_and_police_departments_are_groups() -> None:
    (r,) = run_texts(
        "HELSINKI (AP) -- Major creditors of the shipyard agreed to form a new company. "
        "The bulletin went to police departments across the country."
    )
    assert "Major creditors" in mentions(r)
    assert "police departments" in mentions(r)


def test_west_german_is_germany_not_a_stray_word() -> None:
    (r,) = run_texts("West German authorities cleared the takeover of the French bank.")
    assert named(r).get("West German authorities") == ("DEU", "GOV")


def test_a_surname_that_is_a_place_stays_in_the_name() -> None:
    (r,) = run_texts("Puerto Rico Police Superintendent Pedro Toledo urged people to be alert.")
    assert named(r).get("Pedro Toledo") == ("PRI", "COP")


def test_a_place_after_a_name_that_modifies_a_noun_is_no_surname() -> None:
    (r,) = run_texts("Secretary John Kerry Paris talks were cancelled.")
    assert "John Kerry Paris" not in named(r)


def test_an_office_is_named_with_its_place() -> None:
    (r,) = run_texts("The mayor of Moscow has allocated funds to build a museum.")
    assert "The mayor of Moscow" in named(r)
    assert "The mayor" in mentions(r), "the mention stays the title, as later ones read"


def test_a_participle_before_a_group_belongs_to_its_name() -> None:
    (r,) = run_texts("Elected officials in Miami warned federal agents on Wednesday.")
    assert "Elected officials" in mentions(r)


def test_a_bank_named_with_a_group_word_is_a_business() -> None:
    (r,) = run_texts("Union Bank of Finland will become a major shareholder, officials said.")
    assert named(r).get("Union Bank of Finland", (None, None))[1] == "BUS"


def test_a_nordic_corporate_form_makes_a_business_and_codes_its_officer() -> None:
    (firm,) = run_texts("Oy Waertsilae is to contribute 200 million markkaa and take a stake.")
    assert named(firm).get("Oy Waertsilae", (None, None))[1] == "BUS"
    (officer,) = run_texts(
        '"The court will get out of the business," said Christian Andersson, executive vice '
        "president of Oy Waertsilae."
    )
    assert named(officer).get("Christian Andersson", (None, None))[1] == "BUS"


def test_a_parliamentary_president_is_a_legislator() -> None:
    (r,) = run_texts("Parliamentary president Rita Suessmuth said the party must pay the fine.")
    assert named(r).get("Rita Suessmuth", (None, None))[1] == "LEG"


def test_a_party_named_with_its_chamber_is_legislators() -> None:
    (r,) = run_texts(
        "House Democrats seized the floor from Republicans on Wednesday. Sununu started "
        "calling congressional Republicans."
    )
    assert named(r).get("House Democrats") == ("USA", "LEG")
    assert named(r).get("congressional Republicans") == ("USA", "LEG")
    assert named(r).get("Republicans") == ("USA", "PTY"), "the party alone stays the party"


def test_the_white_house_is_no_chamber() -> None:
    (r,) = run_texts("White House Democrats met on Monday.")
    assert "House Democrats" not in named(r)


def test_a_party_named_with_a_committee_is_its_legislators() -> None:
    (r,) = run_texts(
        "The chairman closed the hearing early on Tuesday, and committee Democrats accused "
        "him of hiding the memo."
    )
    assert named(r).get("committee Democrats") == ("USA", "LEG")
