"""A protest told by the name of its doers ("the protesters chanted") is done by them."""

from __future__ import annotations

from .conftest import event_dyads


def test_the_protesters_who_tell_a_protest_are_its_doers() -> None:
    text = (
        'ATHENS, Greece (AP) -- "No more cuts," the protesters chanted outside the ministry. '
        "Earlier, protesters prayed for help."
    )
    sources = [s for kind, s, _ in event_dyads(text, date="2016-05-02") if kind == "PROTEST"]
    assert sources and all(s == ["GRC"] for s in sources)
