"""A court or a chamber blocking or striking down another's measure (an order, a rule, a law, a
ban) refuses it: REJECT, aimed at the measure's owner when the sentence names one."""

from __future__ import annotations

import pytest

from .conftest import run_texts

OPENING = "WASHINGTON — Judge Carla Mendez and Governor Neil Barrow spoke on Monday. "


def _coded(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(OPENING + text)
    return [
        (e.type, e.trigger.text, [p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
    ]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Judge Mendez blocked the governor's hiring order.",
            [("REJECT", "blocked", ["Carla Mendez"], ["Neil Barrow"])],
        ),
        (
            "Judge Mendez struck down the state's new voting law.",
            [("REJECT", "struck down", ["Carla Mendez"], [])],
        ),
        (
            "Judge Mendez blocked the new emissions rules.",
            [("REJECT", "blocked", ["Carla Mendez"], [])],
        ),
    ],
)
def test_blocked_measure_is_a_refusal(
    text: str, coded: list[tuple[str, str, list[str], list[str]]]
) -> None:
    assert _coded(text) == coded


def test_blocked_road_stays_a_protest() -> None:
    assert [c[0] for c in _coded("Farmers blocked the road to the capitol.")] == ["PROTEST"]
