"""A story filed from an international body ("UNITED NATIONS (AP)") has no home country: the
people and authorities it names bare are no one state's, however many Americans it quotes; a
dateline naming a city keeps its country."""

from __future__ import annotations

from tests.conftest import actor_codes

AT_BODY = (
    "UNITED NATIONS (AP) _ The General Assembly voted on Tuesday to send food to villages"
    " flooded in Bangladesh, where officials said 300 people had drowned.\n\n"
    "U.S. Ambassador John Hale said Washington would pay a third of the cost. Senator Mary"
    " Cole and Secretary of State Ann Lee backed the plan, and President Tom Reed signed it.\n\n"
    "The villagers need clean water, the U.S. envoy said.\n"
)
AT_CITY = (
    "WASHINGTON (AP) _ Senator Mary Cole said on Tuesday that the villagers need clean water.\n"
)


def test_bare_people_of_a_story_filed_at_an_international_body_have_no_country() -> None:
    assert actor_codes(AT_BODY, "The villagers", "1998-08-13")[0] is None


def test_bare_people_of_a_story_filed_in_a_city_take_its_country() -> None:
    assert actor_codes(AT_CITY, "the villagers", "1998-08-13")[0] == "USA"
