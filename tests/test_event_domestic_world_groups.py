"""CAMEO's domestic convention gives an unnamed group its doers' country, never a group the
text calls one of many states: "world leaders" compounds a noun where "foreign" is an
adjective, and both are from abroad."""

from __future__ import annotations

from .conftest import run_texts


def test_world_leaders_met_at_home_take_no_hosts_country() -> None:
    (result,) = run_texts("Merkel met world leaders on Friday.", date="2016-01-01")
    (event,) = [e for e in result.events if e.type == "CONSULT"]
    assert [(r.name, r.country) for r in event.recipients] == [("world leaders", None)]
