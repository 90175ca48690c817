"""A state or town acts through its government where the act names it as a party in forms the
parse gives no actor for: the "against" object of an act noun ("a lawsuit against the state
of Idaho") and a subject that describes it by name ("the city of Denver sued")."""

from __future__ import annotations

from .conftest import run_texts


def _event(text: str, trigger: str):
    (result,) = run_texts(text, date="2016-08-25")
    return next(e for e in result.events if e.trigger.text.startswith(trigger))


def test_a_state_against_which_a_lawsuit_is_announced_is_its_target() -> None:
    event = _event(
        "The Justice Department on Friday announced a lawsuit against the state of Idaho "
        "over its new voting rules.",
        "lawsuit",
    )
    assert [p.country for p in event.recipients] == ["USA"]
    assert all(p.sector == "GOV" for p in event.recipients)


def test_a_bare_state_name_after_against_is_the_target() -> None:
    event = _event(
        "The Justice Department unveiled its lawsuit against Oregon on Friday.", "lawsuit"
    )
    assert [p.country for p in event.recipients] == ["USA"]


def test_the_city_of_a_town_named_as_subject_acts_through_its_government() -> None:
    event = _event(
        "The city of Denver sued the Environmental Protection Agency on Tuesday.", "sued"
    )
    assert [p.country for p in event.actors] == ["USA"]
    assert all(p.sector == "GOV" for p in event.actors)
