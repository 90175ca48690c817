"""Consultations told with joined parties or a stranded partner (consult57): "X and Y spoke by
phone" is X consulting Y (joined speakers with no medium mostly give speeches); "had lunch on
Friday with X" is a lunch with X, though the parser hangs "with X" on "had". Speeches by joined
groups, a venue or an audience, and kin stay out."""

from __future__ import annotations

import pytest

from .conftest import trigger_sides, typed_triggers


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chancellor Kohl and President Yeltsin spoke by telephone on Sunday.", "spoke"),
        ("Governor Baker and Mayor Walsh talked about the budget on Tuesday.", "talked"),
        ("Senator Holt had lunch in Boston on Friday with Governor Baker.", "lunch"),
        ("The prime minister held a dinner on Monday with the Japanese ambassador.", "dinner"),
    ],
)
def test_joined_or_stranded_partners_consult(text: str, trigger: str) -> None:
    sides = trigger_sides(text, "CONSULT")
    assert [t for t, _, _ in sides] == [trigger]
    assert all(source and target for _, source, target in sides)


@pytest.mark.parametrize(
    "text",
    [
        "Republicans and Democrats spoke on the House floor for hours.",
        "Governor Baker and Mayor Walsh spoke at the rally in Worcester.",
        "Governor Baker and Mayor Walsh will speak there as well.",
        "The mayor and his wife spoke about their children.",
        "Senator Holt had dinner at a diner with his brother.",
    ],
)
def test_speeches_and_private_talk_stay_out(text: str) -> None:
    assert "CONSULT" not in [kind for kind, _ in typed_triggers(text)]
