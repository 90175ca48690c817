"""Crowds told only as gathering: a protesting crowd, or any crowd at a seat of authority (an
embassy, a ministry, a palace), that gathers, assembles or rallies is protesting there; a
gathering for another purpose is no event. A crowd described as "opposed to" something and
marching or gathering is coded by its protest, not by the stance. Protesters interrupting a
speaker or an event obstruct it; anyone else interrupting only talks over someone."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str, list[str | None]]]:
    (result,) = run_texts(text, date="2022-06-01")
    return [(e.type, e.trigger.text, [p.country for p in e.recipients]) for e in result.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hundreds of nurses gathered outside the Turkish embassy in Athens.", "gathered"),
        ("Dozens of miners assembled in front of the presidential palace in Quito.", "assembled"),
        ("Demonstrators gathered in central Yerevan on Saturday.", "gathered"),
        ("About 4,000 bakers rallied outside parliament in Bucharest.", "rallied"),
    ],
)
def test_a_crowd_gathered_protests(text: str, trigger: str) -> None:
    assert [(t, w) for t, w, _ in _events(text)] == [("PROTEST", trigger)]


def test_the_embassy_a_crowd_gathers_at_is_its_target() -> None:
    text = "Hundreds of nurses gathered outside the Turkish embassy in Athens."
    assert _events(text)[0][2] == ["TUR"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of fans gathered to greet the team in Lisbon.",
        "Crowds gathered in the main square to watch the fireworks.",
        "The troops gathered near the border on Sunday.",
    ],
)
def test_a_gathering_for_another_purpose_is_no_protest(text: str) -> None:
    assert "PROTEST" not in [t for t, _, _ in _events(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Fishermen opposed to the wind farm marched on the regional capital.", "marched"),
        ("About 300 activists opposed to the law gathered outside the senate.", "gathered"),
    ],
)
def test_a_crowd_opposed_to_something_is_coded_by_its_protest(text: str, trigger: str) -> None:
    assert [(t, w) for t, w, _ in _events(text)] == [("PROTEST", trigger)]


def test_a_crowd_rallying_with_a_demand_protests_and_requests() -> None:
    text = (
        "Hundreds of teachers rallied outside parliament in Bucharest, "
        "demanding that Prime Minister Nicolae Ciuca resign."
    )
    types = [t for t, _, _ in _events(text)]
    assert "PROTEST" in types
    assert "REQUEST" in types


def test_a_counted_crowd_demanding_is_no_statistic() -> None:
    text = "Thousands of teachers in Bucharest demanded that Prime Minister Nicolae Ciuca resign."
    assert [t for t, _, _ in _events(text)] == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "A stream of protesters interrupted the prime minister's speech in Athens on Monday.",
        "The minister's speech in Athens was interrupted by protesters on Monday.",
    ],
)
def test_protesters_interrupting_a_speech_protest(text: str) -> None:
    assert ("PROTEST", "interrupted") in [(t, w) for t, w, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator repeatedly interrupted her rival during the debate in Athens.",
        "The minister interrupted himself to greet his family.",
    ],
)
def test_anyone_else_interrupting_is_no_protest(text: str) -> None:
    assert "PROTEST" not in [t for t, _, _ in _events(text)]
