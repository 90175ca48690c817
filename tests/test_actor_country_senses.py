"""A country word in another sense codes no foreign state: "Indian" in a Native American
collocation ("Indian Nation", "Bureau of Indian Affairs", "American Indians") is the United
States, and "Georgia" in a US story is the state, unless other words confirm the country."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def test_a_tribal_nation_and_its_leader_are_american() -> None:
    text = (
        "Mohawk Indian Nation chairman Ed Barnes accused the county of blocking a new clinic "
        "on Tuesday."
    )
    assert actor_codes(text, "Mohawk Indian Nation") == ("USA", "GOV")
    assert actor_codes(text, "Ed Barnes") == ("USA", "GOV")


def test_the_bureau_of_indian_affairs_is_american() -> None:
    text = "The tribe sued the Bureau of Indian Affairs over a land transfer last week."
    assert actor_codes(text, "Bureau of Indian Affairs")[0] == "USA"


def test_american_indians_are_no_people_of_india() -> None:
    (result,) = run_texts("American Indians marched to the statehouse on Friday.", date=None)
    assert "IND" not in {a.country.value for a in result.actors if a.country}


def test_an_indian_minister_is_still_indian() -> None:
    text = "Indian Finance Minister Ravi Rao met bankers in Mumbai on Monday."
    assert actor_codes(text, "Ravi Rao")[0] == "IND"


def test_georgia_in_a_us_story_is_the_state() -> None:
    text = (
        "ATLANTA (AP) - Georgia will appeal the ruling on voter maps, a state lawyer said "
        "Tuesday. Georgia sued the Justice Department last year."
    )
    assert actor_codes(text, "Georgia")[0] == "USA"


def test_georgia_confirmed_by_its_demonym_stays_the_country() -> None:
    text = (
        "WASHINGTON (AP) - Georgia accused Moscow of moving tanks to the border on Monday. "
        "Georgian Foreign Minister Nino Beridze said her country would not yield."
    )
    assert actor_codes(text, "Georgia")[0] == "GEO"


def test_georgia_listed_with_countries_stays_the_country() -> None:
    text = (
        "WASHINGTON (AP) - The lobbying firm worked for Armenia, Georgia and Moldova, "
        "filings released on Friday show."
    )
    assert actor_codes(text, "Georgia")[0] == "GEO"


def test_a_state_party_named_by_a_namesake_of_a_country_is_home() -> None:
    text = (
        "DENVER (AP) - Georgia Republicans will meet on Saturday to pick delegates, and the "
        "Republicans expect a long fight, party officials said."
    )
    assert actor_codes(text, "Republicans")[0] == "USA"


def test_a_us_territory_named_as_a_country_keeps_its_code() -> None:
    text = (
        "WASHINGTON (AP) - Puerto Rico missed a debt payment on Monday, and the Treasury "
        "Department said it would not step in."
    )
    assert actor_codes(text, "Puerto Rico")[0] == "PRI"


def test_a_country_name_inside_a_person_name_codes_no_one() -> None:
    text = (
        "PORTLAND, Ore. - Mark Feller was charged on Monday. Linda Jordan Price - Feller's "
        "sister - told reporters that Feller had done nothing wrong."
    )
    assert actor_codes(text, "Mark Feller")[0] == "USA"


def test_a_prince_of_a_country_keeps_it() -> None:
    text = "Prince Faisal Nasser of Jordan visited the camp on Sunday."
    assert actor_codes(text, "Faisal Nasser")[0] == "JOR"
