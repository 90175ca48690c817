"""A company's call or conference with analysts or investors is the setting of what its officers
say, no consultation; a meeting with a political party keeps its CONSULT."""

from __future__ import annotations

from tests.conftest import event_types


def test_a_call_with_analysts_is_no_consultation() -> None:
    text = "In a call with analysts on Tuesday, the chief executive of Boeing said sales fell."
    assert "CONSULT" not in event_types(text)


def test_an_investors_conference_is_no_consultation() -> None:
    text = "Sales slowed in March, the chief executive of Ford said at an investors conference."
    assert "CONSULT" not in event_types(text)


def test_a_meeting_with_a_minister_is_a_consultation() -> None:
    text = "After a meeting with the finance minister of Japan, the head of Ford said sales fell."
    assert "CONSULT" in event_types(text)
