"""A strike held by workers or a union, or told among wages and unions with no armed force, is
a walkout (PROTEST) even where its sentence names plants, mines or hospitals, which armed
strikes also hit."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Some 9,000 members of the steelworkers' union staged a strike at mills in Gary,"
        " Hammond and Cleveland on Monday.",
        "Copper miners at the Escondida mine staged a strike on Friday.",
        "The teachers' union said the strikes at schools in Lille and Nantes would go on.",
    ],
)
def test_labour_strike_stays_a_protest(text: str) -> None:
    assert event_types(text) == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets launched air strikes on rebel positions near Afrin.",
        "Coalition warplanes carried out strikes on a weapons depot in Sanaa.",
    ],
)
def test_armed_strike_stays_an_attack(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]
