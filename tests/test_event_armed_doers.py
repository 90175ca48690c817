"""Security acts whose type turns on the doer (a blockade by a state, a protest by a crowd; an
order by troops, a request by a committee), and meeting and force words of wire copy."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Protesters barricaded the main road into the capital on Monday.", "PROTEST"),
        ("The navy will barricade the harbour from enemy ships.", "COERCE"),
        ("Israel blockaded the Gaza Strip after the elections.", "COERCE"),
        ("Soldiers ordered the villagers to leave their homes by noon.", "COERCE"),
        ("The committee ordered the company to pay a fine.", "REQUEST"),
    ],
)
def test_blockades_and_orders_are_read_by_their_doer(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Prosecutors obtained a warrant for him in October.", "COERCE"),
        ("Police say the driver is wanted as a suspect in the robbery.", "COERCE"),
        ("The president greeted the visiting premier at the airport.", "CONSULT"),
        ("The minister took part in a conference on trade in Tokyo.", "CONSULT"),
        ("The Ottoman conquest of Serbia ended the old kingdom.", "ASSAULT"),
    ],
)
def test_security_and_meeting_words(text: str, type_: str) -> None:
    assert type_ in event_types(text)
