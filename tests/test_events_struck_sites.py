"""A building named before an attack noun is where the attack hit, never who attacked."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_an_embassy_before_blasts_is_not_their_doer() -> None:
    (r,) = run_texts("The U.S. Embassy blasts in Nairobi killed 213 people in August.")
    assert r.events
    assert all(p.name != "U.S. Embassy" for e in r.events for p in e.actors)
    assert event_at(r, "killed").actors == []


def test_a_doer_named_before_an_attack_noun_stays_its_doer() -> None:
    (r,) = run_texts("Israeli air strikes hit Gaza on Monday, and Hamas rocket attacks continued.")
    assert [p.country for p in event_at(r, "air strikes").actors] == ["ISR"]
