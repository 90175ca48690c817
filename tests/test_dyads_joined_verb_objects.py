"""Two joined verbs share the object written after the second ("criticized and mocked X"):
the first act is aimed at it too (with no preposition stranded between: `events.raised`)."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_blame_joined_to_a_verb_with_an_object_is_aimed_at_that_object() -> None:
    (r,) = run_texts("Senator Bob Smith criticized and mocked Governor Jane Doe on Monday.")
    assert _names(event_at(r, "criticized").recipients) == {"Jane Doe"}


def test_condemning_joined_to_sanctioning_is_aimed_at_the_sanctioned_state() -> None:
    (r,) = run_texts("Norway condemned and sanctioned Chile on Monday.")
    assert countries_of(event_at(r, "condemned").recipients) == {"CHL"}


def test_backing_joined_to_campaigning_for_someone_backs_them() -> None:
    (r,) = run_texts("Senator Bob Smith endorsed and has raised money for Governor Jane Doe.")
    assert _names(event_at(r, "endorsed").recipients) == {"Jane Doe"}


def test_a_verb_with_its_own_object_keeps_it() -> None:
    (r,) = run_texts("Senator Bob Smith criticized the plan and praised Governor Jane Doe.")
    assert "Jane Doe" not in _names(event_at(r, "criticized").recipients)
