"""Security acts whose type turns on the doer (a blockade by a state, a protest by a crowd; an
order by troops, a request by a committee), and meeting and force words of wire copy."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Protesters barricaded the main road into the capital on Monday.", "PROTEST"),
        ("The navy will barricade the harbour from enemy ships.", "COERCE"),
        ("Israel blockaded the Gaza Strip after the elections.", "COERCE"),
        ("Demonstrators blockaded the refinery for three days.", "PROTEST"),
        ("Soldiers ordered the villagers to leave their homes by noon.", "COERCE"),
        ("The committee ordered the company to pay a fine.", "REQUEST"),
    ],
)
def test_blockades_and_orders_are_read_by_their_doer(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The president greeted the visiting premier at the airport.", "CONSULT"),
        ("The minister took part in a conference on trade in Tokyo.", "CONSULT"),
        ("The Ottoman conquest of Serbia ended the old kingdom.", "ASSAULT"),
        ("The interdiction of arms shipments to the rebels continued.", "COERCE"),
    ],
)
def test_security_and_meeting_words(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "She greeted 2,000 supporters at a rally in Houston.",
        "He shook hands and posed for photos with workers.",
        "She interned at the White House in 2009.",
    ],
)
def test_campaign_greetings_and_internships_are_no_events(text: str) -> None:
    assert not {"CONSULT", "COERCE"} & set(event_types(text))


def test_people_interned_are_held() -> None:
    assert "COERCE" in event_types("Thousands of civilians were interned by the army in 1942.")


def test_meeting_before_a_report_has_the_speaker_as_doer() -> None:
    text = "After a meeting with the Chinese premier, the president said trade would grow."
    events = [e for e in run_texts(text)[0].events if e.type == "CONSULT"]
    assert events and events[0].actors and events[0].recipients
