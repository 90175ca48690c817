"""A person's own place told beside them beats the article's home country (actors round 16)."""

from __future__ import annotations

from tests.conftest import actor_country, run_texts


def test_a_place_on_the_person_or_their_title_gives_its_country() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - The boy's father, Juan Miguel Gonzalez, in Cuba said he wants his "
        "son back. Maria Lopez, a teacher from Caracas, spoke. Rep. John Smith of Texas "
        "criticized the plan."
    )
    assert [actor_country(r, n) for n in ("Juan Miguel Gonzalez", "Maria Lopez", "John Smith")] == [
        "CUB",
        "VEN",
        "USA",
    ]


def test_the_country_on_a_title_is_the_one_last_named() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - Mexico reported new cases. Miguel Angel Lezana, the chief "
        "epidemiologist in the country, has accused the WHO of delays."
    )
    assert actor_country(r, "Miguel Angel Lezana") == "MEX"


def test_a_person_who_wants_to_return_home_is_from_there() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - Officials met his father, Juan Miguel Gonzalez, who wants to "
        "return to Cuba."
    )
    assert actor_country(r, "Juan Miguel Gonzalez") == "CUB"


def test_a_place_on_a_person_counts_in_a_text_with_no_home() -> None:
    (r,) = run_texts(
        "Mehmet Yilmaz, a lawyer in Ankara, said the court rejected the appeal. "
        "Dmytro Savchenko, an economist in Kiev, criticized the budget."
    )
    assert [actor_country(r, n) for n in ("Mehmet Yilmaz", "Dmytro Savchenko")] == ["TUR", "UKR"]


def test_an_international_official_takes_no_state_from_his_office_town() -> None:
    (r,) = run_texts("Karl Weber, a United Nations official in Geneva, said the talks failed.")
    assert actor_country(r, "Karl Weber") is None
