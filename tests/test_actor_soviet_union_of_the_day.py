"""The Soviet Union, its organs and its people are SUN in an article dated before the Union
dissolved (26 December 1991), Russia's code after it: the rules code states of the day."""

from __future__ import annotations

import pytest

from eventwire.model import ActorType

from .conftest import actor_codes, run_texts

TEXT = (
    "Soviet Foreign Ministry spokesman Pavel Orlenko said the Soviet Union would send food "
    "to Ethiopia."
)


@pytest.mark.parametrize("name", ["Pavel Orlenko", "Foreign Ministry"])
def test_soviet_organs_before_the_union_dissolved(name: str) -> None:
    assert actor_codes(TEXT, name, "1990-03-02")[0] == "SUN"


def test_russia_after_the_union_dissolved() -> None:
    assert actor_codes(TEXT, "Pavel Orlenko", "1992-03-02")[0] == "RUS"


def test_soviet_citizens_in_an_earlier_story() -> None:
    text = "Iraq let 300 Soviets leave Kuwait on Tuesday."
    assert actor_codes(text, "Soviets", "1990-09-12")[0] == "SUN"


@pytest.mark.parametrize(
    ("text", "day", "name", "country"),
    [
        ("MOSCOW (AP) - Russia condemned the invasion.", "1990-08-16", "Soviet Union", "SUN"),
        ("BELGRADE (AP) - Serbia condemned the strikes.", "1998-08-16", "Yugoslavia", "YUG"),
        ("MOSCOW (AP) - Russia condemned the invasion.", "2003-08-16", "Russia", "RUS"),
    ],
)
def test_a_state_of_the_day_is_shown_by_its_name_then(
    text: str, day: str, name: str, country: str
) -> None:
    result = run_texts(text, date=day)[0]
    shown = [(a.name, a.country_code) for a in result.actors if a.type == ActorType.COUNTRY]
    assert shown == [(name, country)]
