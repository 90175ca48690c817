"""Sides read from the parse (dyads round 16): phrases the parse hangs on a date, and what
is handed over to someone."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _countries, _event


def test_an_acts_place_told_after_its_date_still_names_its_target() -> None:
    (r,) = run_texts(
        "The coordinated attacks Aug. 7 at the U.S. embassies in Kenya and Tanzania killed "
        "224 people."
    )
    assert "USA" in _countries(_event(r, "killed").recipients)


def test_what_is_handed_over_to_someone_is_not_the_target() -> None:
    (r,) = run_texts("Albania handed over two Egyptian militants to American officials on Monday.")
    assert _countries(_event(r, "handed over").recipients) == {"USA"}
