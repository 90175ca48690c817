"""Ideas, means and people destroyed or burned in words: no coercion of anyone, while property
destroyed and people harmed where violence is told stay coded."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The old myths about the cereal market have been demolished, the chairman said.",
        "Rising rents are destroying the middle class in the big cities.",
        "Tuition has destroyed the finances of many young families.",
        "The rebels say the new tax will destroy every principle of the republic.",
        "He said the critics want to burn everything down.",
    ],
)
def test_ideas_and_means_ruined_are_no_coercion(text: str) -> None:
    assert "COERCE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Liberals have been burned in past elections by a weak turnout.",
        "The party's leaders must either destroy Mr. Walsh or work with him.",
    ],
)
def test_people_ruined_where_no_violence_is_told_are_no_coercion(text: str) -> None:
    assert "COERCE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers burned the village and its granary on Tuesday.",
        "Police demolished forty homes in the camp near Hebron.",
    ],
)
def test_property_destroyed_stays_coercion(text: str) -> None:
    assert "COERCE" in event_types(text)
