"""An act counted by a span noun ("the third day of an offensive by X") is done by X, also
where the parse hangs the "by" phrase on the span noun."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_the_doer_of_an_act_counted_by_a_day_is_its_by_phrase() -> None:
    (r,) = run_texts(
        "It is the third day of an offensive by Ethiopian troops against villages near the border."
    )
    assert countries_of(event_at(r, "offensive").actors) == {"ETH"}
