"""A meeting told with one doer and a "their" that holds two parties is aimed at the other party
its framing clause names: the object of the verb it hangs from, or the one whose home the doer
went to; a "their" with no such party leaves the side empty."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="2001-03-08")
    return result.events


def _targets(events: list[Event], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.recipients]


def test_working_out_their_differences_at_a_home_is_aimed_at_its_owner() -> None:
    events = _events(
        "Senator Walter Brandt and Governor Edith Kowalczyk have feuded for months. "
        "On Sunday, Brandt drove to Kowalczyk's home to work out their differences."
    )
    assert "Edith Kowalczyk" in " ".join(_targets(events, "work out"))


def test_their_meeting_is_aimed_at_the_object_of_the_verb_it_frames() -> None:
    events = _events(
        "Chancellor Gerhard Schroeder urged Prime Minister Lionel Jospin during their talks "
        "in Paris to cut farm subsidies."
    )
    assert "Lionel Jospin" in " ".join(_targets(events, "talks"))


def test_the_press_told_of_their_meeting_is_no_side_of_it() -> None:
    events = _events(
        "Chancellor Gerhard Schroeder told reporters after their meeting in Paris that the "
        "talks had gone well."
    )
    assert "reporters" not in " ".join(_targets(events, "meeting"))
