"""Sides read from the parse where it misattaches a phrase (dyads round 16)."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _countries, _event


def test_an_acts_place_told_after_its_date_still_names_its_target() -> None:
    (r,) = run_texts(
        "The coordinated attacks Aug. 7 at the U.S. embassies in Kenya and Tanzania killed "
        "224 people."
    )
    assert "USA" in _countries(_event(r, "killed").recipients)
