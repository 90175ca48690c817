"""A town named before a summit or a rally is where it was held, not who held it: the doer is
read as for any act noun with no owner, here the subject of the clause."""

from __future__ import annotations

from tests.conftest import trigger_sides


def test_town_before_a_summit_is_no_doer() -> None:
    text = "NATO resolved at the Lisbon summit last year to invite two states to accession talks."
    summits = [s for trigger, s, _ in trigger_sides(text, "CONSULT") if trigger == "summit"]
    assert summits and all("Lisbon" not in sources for sources in summits)
