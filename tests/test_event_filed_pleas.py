"""A plea filed in or with a forum is addressed to that forum, not to the party its content is
about; a plea filed in a place names no forum."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="1999-11-03")
    return result.events


def _targets(events: list[Event], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.recipients]


def test_a_motion_filed_in_court_asks_the_court() -> None:
    events = _events(
        "Rosa Delgado filed a motion in the U.S. District Court asking for custody of "
        "her nephew Tomas Delgado."
    )
    targets = " ".join(_targets(events, "asking"))
    assert "District Court" in targets
    assert "Tomas" not in targets


def test_a_request_filed_with_an_agency_asks_the_agency() -> None:
    events = _events(
        "Nordhaven Shipping filed a request with the Federal Maritime Commission for "
        "permission to buy two tankers."
    )
    assert "Federal Maritime Commission" in " ".join(_targets(events, "request"))
