"""Actors read by an analyst on unseen articles (session 9, actors4): US states whose names
other countries' divisions share ("Florida" in Uruguay, "Montana" in Bulgaria) are still the
home country's own states, so a person "from Montana" in a US story stays American."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes

US_STORY = "WASHINGTON (AP) — "


def test_a_person_from_a_us_state_another_country_shares_a_name_with_stays_american() -> None:
    (r,) = run_texts(US_STORY + "A farmer from Montana, Jim Smith, said the bill was dead.")
    assert codes(actor(r, "Jim Smith"))[0] == "USA"


def test_a_title_in_a_shared_state_name_keeps_the_home_country() -> None:
    (r,) = run_texts(
        US_STORY + "Sanders endorsed her primary challenger in Florida, law professor Tim Canova."
    )
    assert codes(actor(r, "Tim Canova"))[0] == "USA"


def test_a_foreign_place_still_recodes_a_person_in_a_us_story() -> None:
    (r,) = run_texts(US_STORY + "Jose Perez, a hotel worker in Cardenas, Cuba, said he was glad.")
    assert codes(actor(r, "Jose Perez"))[0] == "CUB"


def test_a_large_firm_named_bare_is_a_business_of_its_home_state() -> None:
    (r,) = run_texts(US_STORY + "Nabisco said it would move 600 jobs to Mexico.")
    assert codes(actor(r, "Nabisco")) == ("USA", "BUS")


def test_a_foreign_firm_in_a_us_story_keeps_its_own_country() -> None:
    (r,) = run_texts(US_STORY + "GlaxoSmithKline said it would cut the price of the drug.")
    assert codes(actor(r, "GlaxoSmithKline")) == ("GBR", "BUS")


def test_a_country_named_in_a_list_of_us_states_is_the_state_not_an_actor() -> None:
    (r,) = run_texts(
        US_STORY + "Clinton won Alabama, Arkansas, Georgia and Texas. Republicans in Tennessee"
        " and Georgia said they were worried."
    )
    assert "Georgia" not in {a.name for a in r.actors}


def test_a_country_listed_with_other_countries_stays_an_actor() -> None:
    (r,) = run_texts(US_STORY + "Russia invaded Georgia and Ukraine, the president said.")
    assert codes(actor(r, "Georgia"))[0] == "GEO"


def test_reporters_and_editors_in_a_wire_credit_line_are_no_actors() -> None:
    (r,) = run_texts(
        "Judge Mary Smith spoke on Monday.\n\n(Additional reporting by David Bailey in"
        " Singapore; Editing by Cynthia Osterman and Lincoln Feast.)"
    )
    names = {a.name for a in r.actors}
    assert "Mary Smith" in names
    assert not names & {"David Bailey", "Cynthia Osterman", "Lincoln Feast"}


def test_a_sentence_that_opens_with_reporting_by_but_tells_something_keeps_its_actors() -> None:
    (r,) = run_texts("Reporting by the Associated Press showed that Mary Smith lied.")
    assert "Mary Smith" in {a.name for a in r.actors}


def test_a_body_named_for_a_foreign_province_or_capital_is_that_countrys() -> None:
    (r,) = run_texts(
        US_STORY + "The British Columbia Liberal Party introduced a carbon tax in 2008, said a"
        " professor at the University of Ottawa."
    )
    assert codes(actor(r, "British Columbia Liberal Party"))[0] == "CAN"
    assert codes(actor(r, "University of Ottawa"))[0] == "CAN"


def test_a_body_named_for_a_home_state_or_a_common_word_keeps_the_home_country() -> None:
    (r,) = run_texts(
        US_STORY + "Jared Sexton of West Virginia University protested. The Bay Area Council"
        " and the Delta Regional Authority closed."
    )
    assert codes(actor(r, "West Virginia University"))[0] == "USA"
    assert codes(actor(r, "Bay Area Council"))[0] == "USA"


def test_a_body_named_for_a_place_is_that_places_in_a_story_with_no_home() -> None:
    (r,) = run_texts(
        "A lecturer at the University of Lagos said the count was flawed. Scholars at the"
        " University of Oregon agreed."
    )
    assert codes(actor(r, "University of Lagos"))[0] == "NGA"
    assert codes(actor(r, "University of Oregon"))[0] == "USA"
