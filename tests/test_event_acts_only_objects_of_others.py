"""An act that is only the object or the scene of another act is not coded again (the README's
convention): a truce kept or watched, talks whose resumption is welcomed, a visit to a town,
an attack talked about, an act one's own state will do told to a listener."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian president urged the two militias to respect the truce agreed in April.",
        "Observers from the African Union will monitor the ceasefire in Darfur.",
        "Bolivia's defence minister told officers to observe the ceasefire along the river.",
    ],
)
def test_a_truce_kept_or_watched_is_no_new_retreat(text: str) -> None:
    assert "RETREAT" not in event_types(text)


def test_a_truce_declared_is_still_a_retreat() -> None:
    assert event_types("The Sudanese army declared a ceasefire in Kordofan on Friday.") == [
        "RETREAT"
    ]


def test_welcoming_the_resumption_of_talks_is_only_support() -> None:
    text = "The Peruvian government welcomed the resumption of negotiations with the Shining Path."
    assert event_types(text) == ["SUPPORT"]


def test_talks_resumed_are_still_consultation() -> None:
    assert event_types("Peruvian and Bolivian negotiators resumed talks in La Paz.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Moroccan interior minister paid a visit to the flooded village on Tuesday.",
        "The governor cut short a visit to the town after the earthquake.",
    ],
)
def test_a_visit_to_a_town_meets_no_party(text: str) -> None:
    assert "CONSULT" not in event_types(text)


def test_a_visit_to_a_country_is_still_consultation() -> None:
    assert event_types("Portugal's president began a state visit to Angola on Monday.") == [
        "CONSULT"
    ]


def test_an_attack_said_to_change_nothing_is_talked_about() -> None:
    text = "A government spokesman said the bombing would not change Chad's policy on refugees."
    assert "ASSAULT" not in event_types(text)


def test_telling_lawmakers_what_ones_state_will_do_is_no_consultation() -> None:
    text = "Ghana's foreign minister told parliament that Ghana would seek help from ECOWAS."
    assert "CONSULT" not in event_types(text)
    assert "REQUEST" in event_types(text)
