"""A visit is aimed at its host (the state travelled to), never at the traveller's own country."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts

FLOODS = "Floods struck the capitals of Mozambique and Malawi, Maputo and Lilongwe, last week. "


def test_a_trip_to_a_world_region_is_aimed_at_its_countries_the_article_names() -> None:
    (r,) = run_texts(
        FLOODS + "German Foreign Minister Karl Weber flew Monday to Southern Africa, "
        "seeking to show German solidarity."
    )
    assert countries_of(event_at(r, "flew").recipients) == {"MOZ", "MWI"}


def test_a_visit_noun_to_a_region_is_aimed_at_its_countries_the_article_names() -> None:
    (r,) = run_texts(
        FLOODS + "German Foreign Minister Karl Weber's visit to Southern Africa was designed in "
        "part to demonstrate German resolve."
    )
    assert countries_of(event_at(r, "visit").recipients) == {"MOZ", "MWI"}


def test_a_trip_to_a_region_no_country_of_the_article_lies_in_has_no_host() -> None:
    (r,) = run_texts(
        "German Foreign Minister Karl Weber flew Monday to Southern Africa, "
        "seeking to show German solidarity."
    )
    assert "DEU" not in countries_of(event_at(r, "flew").recipients)


def test_a_trip_to_a_country_is_aimed_at_it_not_at_what_it_is_for() -> None:
    (r,) = run_texts(
        "Japanese Foreign Minister Kenji Sato flew to Chile on Monday to show Japanese support."
    )
    assert countries_of(event_at(r, "flew to").recipients) == {"CHL"}
