"""Actor codes that decide coded dyads: a group named again, a state's own institutions."""

from __future__ import annotations

from tests.conftest import run_texts


def test_the_refugees_are_the_syrian_refugees_named_before() -> None:
    (r,) = run_texts(
        "Syrian refugees crossed into Turkey. Turkish police detained the refugees on Friday."
    )
    (event,) = [e for e in r.events if e.trigger.text == "detained"]
    assert [p.country for p in event.recipients] == ["SYR"]


def test_the_police_stay_the_home_police_after_foreign_police_are_named() -> None:
    (r,) = run_texts(
        "ISTANBUL, Turkey (AP) -- Serb police fired on crowds in Kosovo, officials said. "
        "In Istanbul the police detained ten Kurdish protesters on Friday."
    )
    police = [a for a in r.actors if a.name.lower().endswith("police")]
    assert {a.country.value for a in police if a.country} == {"SRB", "TUR"}
