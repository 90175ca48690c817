"""A veto told as intended ("would veto", "would recommend a veto") is a threat; a veto cast is
a rejection."""

from __future__ import annotations

from .conftest import event_types


def test_intended_veto_is_a_threat() -> None:
    assert event_types("The governor said she would veto any bill that cut school funds.") == [
        "THREATEN"
    ]


def test_recommended_veto_is_a_threat() -> None:
    text = "The mayor's office said his aides would recommend a veto of the parking ordinance."
    assert "THREATEN" in event_types(text)


def test_cast_veto_stays_a_rejection() -> None:
    assert event_types("The governor vetoed the transport budget on Tuesday.") == ["REJECT"]
