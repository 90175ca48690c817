"""Sides read from the parse (dyads round 16): what is handed over to someone."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_what_is_handed_over_to_someone_is_not_the_target() -> None:
    (r,) = run_texts("Albania handed over two Egyptian militants to American officials on Monday.")
    assert countries_of(event_at(r, "handed over").recipients) == {"USA"}
