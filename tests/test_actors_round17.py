"""Sectors by the article gold's list (actors round 17): labour and farming groups are
civilians, and a minister is GOV whatever the portfolio (defence excepted)."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_workers_and_unions_are_civilians() -> None:
    (r,) = run_texts("Striking French workers blocked the port of Marseille on Monday.")
    assert codes(actor(r, "French workers")) == ("FRA", "CVL")


def test_health_and_justice_ministers_are_government() -> None:
    (r,) = run_texts(
        "Kenyan Health Minister Mary Wanjiru said on Tuesday that she had met the Kenyan justice"
        " minister, Peter Otieno, to discuss the new hospital law."
    )
    assert codes(actor(r, "Mary Wanjiru")) == ("KEN", "GOV")
    assert codes(actor(r, "Peter Otieno")) == ("KEN", "GOV")
