"""Each reading in which a trigger tells no act (`events/nonacts.py`) is named among the
confidence features of the event `--all` keeps; in these sentences other weights drop the event
as well, so only the named reason shows the reading was made."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING

from .conftest import run_texts

READINGS = [
    ("Scrapping the accord and retreating behind tariffs would be reckless.", "judged, not told"),
    ("Delegates are party members who can endorse any contender.", "describes an ability"),
    ("Governor Ana Ruiz won the primary. She is holding a rally in Tucson.", "a person's rally"),
    ("Usually, firms will retain advisers and lenders to work jointly on a deal.", "habitual"),
]


@pytest.mark.parametrize("text,reading", READINGS)
def test_all_events_names_the_nonact_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, reading: str
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")
    (result,) = run_texts(text)
    assert any(reading in e.confidence_features for e in result.events)
    assert all(e.confidence < 0.5 for e in result.events)


def test_a_deal_in_a_routine_is_left_out() -> None:
    (result,) = run_texts(READINGS[-1][0])
    assert result.events == []
