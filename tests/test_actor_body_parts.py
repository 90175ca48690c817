"""A part of a state's body named with its "of" phrase acts for the body's state, not the
story's dateline home: "the upper house of the Dutch parliament" in a Brussels story is Dutch;
a group "of" a body that is not in it ("critics of the government") is not the body's."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts

BRUSSELS = "BRUSSELS, March 3 (Xinhua) --\n\n"


def event_sources(text: str, trigger: str) -> list[tuple[str, str | None]]:
    """Names and countries of the sources of the event told by `trigger`."""
    (result,) = run_texts(BRUSSELS + text, date="1999-03-03")
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [(p.name, p.country) for p in event.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The lower house of the Polish parliament rejected the treaty on Tuesday.",
            "rejected",
            [("lower house of the Polish parliament", "POL")],
        ),
        (
            "The upper chamber of the Czech parliament approved the accord.",
            "approved",
            [("upper chamber of the Czech parliament", "CZE")],
        ),
        (
            "The leadership of the Iranian army condemned the shelling.",
            "condemned",
            [("leadership of the Iranian army", "IRN")],
        ),
    ],
)
def test_a_part_of_a_foreign_body_is_that_state(
    text: str, trigger: str, expected: list[tuple[str, str | None]]
) -> None:
    assert event_sources(text, trigger) == expected


def test_a_part_named_again_bare_is_the_same_part() -> None:
    text = (
        "The upper house of the Hungarian parliament approved the pact on Monday. "
        "Later the upper house rejected a second bill."
    )
    assert event_sources(text, "rejected") == [("upper house of the Hungarian parliament", "HUN")]


def test_critics_of_a_foreign_government_are_not_its_part() -> None:
    sources = event_sources(
        "Critics of the Turkish government protested in the square.", "protested"
    )
    assert [country for _, country in sources] != ["TUR"]
