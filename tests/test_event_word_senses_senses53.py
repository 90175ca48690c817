"""Senses of offer, defend and appeal that are no event: a view offered, a seat defended, an
appeal held as a pull; and an offer that a rejection answers is coded only with the rejection."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2016-04-02")
    return [(e.type, e.trigger.text) for e in result.events]


def test_a_vision_offered_to_voters_is_no_offer() -> None:
    text = "The governor offered voters a hopeful vision of the state's future."
    assert ("AGREE", "offered") not in _events(text)


def test_a_defense_offered_of_a_law_is_no_offer() -> None:
    text = "Speaking in Ohio, the senator offered a spirited defense of the farm bill."
    assert ("AGREE", "offered") not in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "At the town hall, the governor jokingly offered the man a job in his cabinet.",
        "Volunteers offered the protesters free sandwiches and water.",
        "The mourners were offered two kinds of stamps.",
    ],
)
def test_a_thing_offered_to_people_is_no_offer(text: str) -> None:
    assert all(type_ != "AGREE" for type_, _ in _events(text))


def test_talks_offered_to_rebels_stay_an_offer() -> None:
    text = "The president offered the rebels talks on a ceasefire."
    assert ("AGREE", "offered") in _events(text)


def test_seats_defended_in_a_race_back_no_one() -> None:
    text = "Democrats will have to defend a dozen seats in the House this November."
    assert ("SUPPORT", "defend") not in _events(text)


def test_a_person_defended_is_still_backed() -> None:
    text = "The mayor defended the police chief against the union's complaints."
    assert ("SUPPORT", "defended") in _events(text)


def test_an_appeal_a_candidate_has_asks_nothing() -> None:
    text = "The senator has broad appeal for independents and moderates."
    assert ("REQUEST", "appeal") not in _events(text)


def test_appealing_to_swing_voters_asks_nothing() -> None:
    text = "The ad is part of a plan for appealing to swing voters in the suburbs."
    assert ("REQUEST", "appealing") not in _events(text)


def test_an_appeal_to_residents_to_act_stays_a_request() -> None:
    text = "The mayor appealed to residents to stay indoors during the storm."
    assert ("REQUEST", "appealed") in _events(text)


def test_a_rejected_offer_is_coded_only_as_the_rejection() -> None:
    events = _events("The union rejected the company's offer on Friday.")
    assert ("REJECT", "rejected") in events
    assert all(trigger != "offer" for _, trigger in events)


def test_a_vision_a_party_is_offering_is_no_offer() -> None:
    text = "Her speech set out the hopeful vision that Democrats are offering to the country."
    assert ("AGREE", "offering") not in _events(text)
