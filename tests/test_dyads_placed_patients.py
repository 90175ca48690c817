"""A passive with no doer whose patients are a group of no country of its own: the group is
the people of the one country the act happens in; a dateline's country is never a patient."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _targets(text: str, trigger: str) -> list[tuple[str, str | None]]:
    (r,) = run_texts(text, date="2024-03-01")
    return [(p.name, p.country) for p in event_at(r, trigger).recipients]


def test_arrested_group_is_of_the_place_of_arrest() -> None:
    text = "Scores of students were arrested in Yerevan on Sunday."
    assert _targets(text, "arrested") == [("students", "ARM")]


def test_killed_group_abroad_is_of_that_place_not_the_dateline() -> None:
    text = "LONDON (Reuters) - Twelve villagers were killed in Kandahar on Tuesday."
    assert [c for _, c in _targets(text, "killed")] == ["AFG"]


def test_places_of_two_countries_leave_the_target_unknown() -> None:
    text = "Eight miners were killed in Lima and La Paz last week."
    assert _targets(text, "killed") == []


def test_dateline_country_is_no_patient() -> None:
    text = "HANOI, Vietnam (AP) -- Nine people were killed on Monday."
    assert _targets(text, "killed") == []


def test_relative_clause_patients_are_of_the_place_of_the_act() -> None:
    text = "Officials said the eleven pilgrims who were killed in Karachi were buried on Friday."
    assert [c for _, c in _targets(text, "killed")] == ["PAK"]
