"""Firms named by the kind of business their last word says (analyst reading, session 9)."""

from __future__ import annotations

from tests.conftest import run_texts


def test_investment_firms_named_partners_or_capital_are_businesses() -> None:
    (r,) = run_texts(
        "Donors included executives of Halvorsen Partners and Brightwater Capital, records show."
    )
    sectors = {a.name: a.sector.value if a.sector else None for a in r.actors}
    assert sectors.get("Halvorsen Partners") == "BUS"
    assert sectors.get("Brightwater Capital") == "BUS"
