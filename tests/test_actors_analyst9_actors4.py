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
