"""A plea for leave whose clause names no addressee is addressed to the body the article says
will decide it ("will decide whether X can", "will rule on the application"); a call for a
policy, or a decision about another party, ties no one."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="1999-04-12")
    return result.events


def _targets(events: list[Event], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.recipients]


def test_a_plea_for_permission_goes_to_the_body_that_decides_whether_its_maker_can_act() -> None:
    events = _events(
        "The Halvorsen Institute bought forty acres near Fairfax and asked for permission to "
        "build a new campus. The Fairfax County Council will decide next week whether the "
        "Halvorsen Institute can move there."
    )
    assert "Fairfax County Council" in " ".join(_targets(events, "asked"))


def test_a_plea_for_permission_goes_to_the_body_that_will_rule_on_the_application() -> None:
    events = _events(
        "The Halvorsen Institute asked for permission to build a new campus. "
        "The Fairfax County Council said it would rule on the application in May."
    )
    assert "Fairfax County Council" in " ".join(_targets(events, "asked"))


def test_a_decision_about_another_party_ties_no_one() -> None:
    events = _events(
        "The Halvorsen Institute asked for permission to build a new campus. "
        "The Fairfax County Council will decide whether the Brandt Foundation can stay."
    )
    assert not _targets(events, "asked")
