"""A world story with no dateline is set where most of its places and peoples are: a state's
institutions it names bare ("officials of the Interior Ministry") are that country's."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes

SET_IN_CHILE = (
    "Floods have cut roads across Chile, and Chilean farmers in Temuco lost their crops. "
    "Officials of the Agriculture Ministry said aid would arrive within days, while a team "
    "from Argentina helped clear the roads."
)
TWO_COUNTRIES = (
    "Floods have cut roads in Chile and Argentina. Officials of the Agriculture Ministry "
    "said aid would arrive within days."
)

SET_IN_PROVINCES = (
    "Bird flu has killed thousands of chickens on farms in Ontario province and in Quebec. "
    "Officials of the Agriculture Ministry said the outbreak was under control."
)
SET_IN_THE_STATES = (
    "Health officials in both the United States and Norway have confirmed cases in Ohio. "
    "Officials of the Agriculture Ministry said aid would arrive within days."
)


def test_a_ministry_named_bare_takes_the_story_setting() -> None:
    (result,) = run_texts(SET_IN_CHILE)
    assert codes(actor(result, "Officials of the Agriculture Ministry"))[0] == "CHL"


def test_a_story_set_in_two_countries_says_nothing_of_whose_it_is() -> None:
    (result,) = run_texts(TWO_COUNTRIES)
    assert codes(actor(result, "Officials of the Agriculture Ministry"))[0] is None


def test_a_province_named_with_its_kind_counts_for_the_setting() -> None:
    (result,) = run_texts(SET_IN_PROVINCES)
    assert codes(actor(result, "Officials of the Agriculture Ministry"))[0] == "CAN"


def test_a_country_named_with_its_article_counts_for_the_setting() -> None:
    (result,) = run_texts(SET_IN_THE_STATES)
    assert codes(actor(result, "Officials of the Agriculture Ministry"))[0] == "USA"


def test_a_place_whose_name_holds_its_article_counts_for_the_setting() -> None:
    text = (
        "Judges in The Hague ruled on Monday that the strike was lawful, and lawyers in The "
        "Hague welcomed the ruling. Officials of the Agriculture Ministry said they would appeal."
    )
    (result,) = run_texts(text)
    assert codes(actor(result, "Officials of the Agriculture Ministry"))[0] == "NLD"
