"""Actors read by an analyst on unseen articles (session 9, actors3): officers of unions,
advocacy groups and firms are no state officials because their title ("president",
"director") is one a government also has."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_the_president_a_union_owns_is_the_unions_sector() -> None:
    (r,) = run_texts(
        "In an interview, the union's president, Mary Kay Henry, expressed concern about the vote."
    )
    assert codes(actor(r, "Mary Kay Henry"))[1] == "CVL"


def test_a_long_body_name_cut_off_by_the_title_window_still_says_its_kind() -> None:
    (r,) = run_texts(
        "Thomas Hanify, the president of the Indiana state firefighters union, said he was worried."
    )
    assert codes(actor(r, "Thomas Hanify"))[1] == "CVL"


def test_the_president_of_an_organisation_of_unknown_kind_is_no_government_official() -> None:
    (r,) = run_texts(
        '"These numbers matter," said Ashley Spillane, president of Rock the Vote, on Monday.'
    )
    assert codes(actor(r, "Ashley Spillane"))[1] is None


def test_the_president_of_a_known_state_body_stays_its_official() -> None:
    (r,) = run_texts("James Comey, the director of the FBI, said the inquiry was over.")
    assert codes(actor(r, "James Comey"))[1] == "COP"


def test_a_plural_noun_before_a_name_gives_the_person_no_nationality() -> None:
    (r,) = run_texts(
        "Barack Obama spoke on Monday. Estimates of the number of Syrian refugees Obama will"
        " accept range from 100,000 to 250,000."
    )
    assert codes(actor(r, "Barack Obama"))[0] == "USA"


def test_firms_listed_under_a_plural_group_noun_are_that_groups_kind() -> None:
    (r,) = run_texts(
        "Health insurers Cigna, Aetna, Humana, and UnitedHealth Group have also been courted."
    )
    assert codes(actor(r, "Humana"))[1] == "BUS"
    assert codes(actor(r, "UnitedHealth Group"))[1] == "BUS"


def test_a_firm_given_as_an_example_of_banks_is_a_business() -> None:
    (r,) = run_texts("Wall Street banks including Goldman Sachs, Credit Suisse and UBS gave money.")
    assert codes(actor(r, "UBS"))[1] == "BUS"


def test_an_organisation_outside_a_list_takes_no_sector_from_a_noun_nearby() -> None:
    (r,) = run_texts(
        "The banks lent money on Monday, and the Greenfield Alliance said it would protest."
    )
    assert codes(actor(r, "Greenfield Alliance"))[1] is None


def test_a_firm_described_as_a_consulting_firm_is_a_business() -> None:
    (r,) = run_texts(
        "The Rhodium Group, an economic consulting firm, has calculated that the plans may fail."
    )
    assert codes(actor(r, "Rhodium Group"))[1] == "BUS"


def test_a_name_in_apposition_to_publisher_is_a_business() -> None:
    (r,) = run_texts(
        "Hurt will reissue the book with his original publisher, W.W. Norton, this year."
    )
    assert codes(actor(r, "W.W. Norton"))[1] == "BUS"


def test_a_name_ending_in_company_is_a_business() -> None:
    (r,) = run_texts("The memoir was published Tuesday by Henry Holt and Company.")
    assert codes(actor(r, "Henry Holt and Company"))[1] == "BUS"


def test_central_banks_are_state_bodies_not_businesses() -> None:
    (r,) = run_texts(
        "Central bankers met in Jackson Hole on Friday, and commercial banks lent more."
    )
    assert codes(actor(r, "Central bankers"))[1] == "GOV"
    assert codes(actor(r, "commercial banks"))[1] == "BUS"


def test_a_unit_of_a_known_party_body_and_its_chair_are_the_partys() -> None:
    (r,) = run_texts(
        "“He lacks the judgment to lead,” said Virgie M. Rollins, chair of the Democratic"
        " National Committee Black Caucus."
    )
    assert codes(actor(r, "Democratic National Committee Black Caucus"))[1] == "PTY"
    assert codes(actor(r, "Virgie M. Rollins"))[1] == "PTY"


def test_former_before_two_joined_titles_covers_both() -> None:
    (r,) = run_texts(
        "Former prosecutor and Brimley City Mayor Tom Wexler, who backs Trump, criticized Comey."
    )
    assert codes(actor(r, "Tom Wexler"))[1] is None


def test_a_title_joined_to_a_current_one_stays_current() -> None:
    (r,) = run_texts("Senator and Mayor John Smith of Brimley spoke on Monday.")
    assert codes(actor(r, "John Smith"))[1] == "GOV"


def test_a_known_body_spelt_the_british_way_is_still_known() -> None:
    (r,) = run_texts(
        "The virus is spreading in Angola, according to the World Health Organisation."
    )
    assert codes(actor(r, "World Health Organisation"))[1] == "IGO"


def test_a_home_state_named_like_a_foreign_country_keeps_the_person_at_home() -> None:
    (r,) = run_texts(
        "WASHINGTON — Some GOP strategists predict that support for Donald Trump will fall."
        ' "We can\'t be the party of opportunity," said Simone Perry, strategic partnership'
        " manager for the Tea Party Patriots in Georgia."
    )
    assert codes(actor(r, "Simone Perry"))[0] == "USA"


def test_a_foreign_place_still_gives_a_person_its_country() -> None:
    (r,) = run_texts(
        "WASHINGTON — Lawmakers met on Monday. Juan Perez, a hotel worker in Cardenas, Cuba,"
        " said he was worried."
    )
    assert codes(actor(r, "Juan Perez"))[0] == "CUB"
