"""A subject "they" after a sentence told by one person is not that person but the plural party
told beside them: "The mayor scolded the protesters. He said they had threatened the police"
has the protesters threaten; a plural thing before it names no one."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="2016-03-02")
    return result.events


def _sides(events: list[Event], trigger: str) -> tuple[list[str], list[str]]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_they_after_a_lone_person_is_the_plural_party_beside_them() -> None:
    events = _events(
        "Governor Ramirez rebuked the striking miners on Friday. He said they had threatened "
        "the mine owners."
    )
    doers, _ = _sides(events, "threatened")
    assert any("miners" in name for name in doers)


def test_they_after_a_lone_person_and_a_plural_thing_names_no_one() -> None:
    events = _events(
        "Governor Ramirez rebuked the new tariffs on Friday. He said they had threatened the "
        "mine owners."
    )
    doers, _ = _sides(events, "threatened")
    assert all("tariffs" not in name and "Ramirez" not in name for name in doers)
