"""The city where parties meet is a venue: two sides holding talks abroad take no target from
it and are not its people; one actor's act in a foreign city is still aimed at that country;
people in a country are its own, a body of people ("the community in X") too, a thing in it not."""

from __future__ import annotations

from tests.conftest import event_dyads

JOINT = (
    "OSLO, March 3 (Reuters) - Colombia's government and rebel commanders from the country's"
    " south resumed talks in Oslo on Monday after clashes near Cali and Popayan.\n\n"
    "Colombia's negotiator Humberto Calle said Colombia would not yield. Colombian troops"
    " shelled camps near Popayan.\n"
)


def test_joint_talks_abroad_take_no_venue_target_nor_place_their_sides() -> None:
    (consult,) = [d for d in event_dyads(JOINT, date="2016-03-03") if d[0] == "CONSULT"]
    assert consult == ("CONSULT", ["COL", "COL"], [])


def test_one_actor_act_in_a_foreign_city_is_aimed_at_its_country() -> None:
    text = "The Peruvian president imposed a curfew in Bogota on Monday."
    assert ("COERCE", ["PER"], ["COL"]) in event_dyads(text, date="2016-03-03")


def test_people_in_a_country_are_its_own() -> None:
    text = "Police arrested members of opposition groups in Zimbabwe on Monday."
    assert ("COERCE", ["ZWE"], ["ZWE", "ZWE"]) in event_dyads(text, date="2016-03-03")


def test_a_body_of_people_in_a_country_is_its_own() -> None:
    """ "community" is no thing ("the costs of health care in the United States"): the place
    its people are in says whose they are."""
    text = "Trump called for surveillance of the Muslim community in the United States."
    assert ("REQUEST", ["USA"], ["USA"]) in event_dyads(text, date="2015-11-19")


def test_a_thing_in_a_place_is_no_party_of_that_place() -> None:
    text = (
        "Sanders bemoaned that the costs of health care in the United States are far greater"
        " than in other nations."
    )
    assert ("ACCUSE", ["USA"], []) in event_dyads(text, date="2016-01-18")
