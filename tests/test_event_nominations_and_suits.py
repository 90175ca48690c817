"""Acts told by words the trigger lexicon lacked: nominating or confirming a person backs them
(SUPPORT), as joining a union or an alliance does ("accession"), a suit filed is a lawsuit
(ACCUSE), persuading someone to act is an appeal (REQUEST) and a joint operation with another
force is cooperation. Other senses stay out: a suit worn, "followed suit", a film nominated for a
prize, persuading without an act asked for, a death confirmed, a king's accession."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,kind",
    [
        ("President Macron on Monday nominated Pierre Dubois as ambassador to Germany.", "SUPPORT"),
        ("Peru Nominates Carlos Vega for Second Term at the IMF.", "SUPPORT"),
        ("The Senate confirmed Janet Ruiz as ambassador to Chile on Friday.", "SUPPORT"),
        ("Latvia's accession to the European Union has changed the region.", "SUPPORT"),
        ("The Acme union filed a suit against the ministry of labour.", "ACCUSE"),
        ("The governor persuaded the legislature to pass the budget.", "REQUEST"),
        ("The Coast Guard, in a joint operation with the Cuban navy, seized a boat.", "COOPERATE"),
    ],
)
def test_act_is_coded(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Ohio followed suit on Monday.",
        "The senator wore a dark suit to the gala in Boston.",
        "The film by the Danish director was nominated for an Oscar.",
        "The governor hopes to persuade voters in Ohio.",
        "The ministry in Quito confirmed the death of the journalist.",
        "The king's accession to the throne was celebrated in Oslo.",
    ],
)
def test_other_senses_stay_out(text: str) -> None:
    assert event_types(text) == []
