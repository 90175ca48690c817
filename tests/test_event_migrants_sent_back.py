"""Refugees and migrants at borders: a state that returns, sends back, pushes back, turns
away or repatriates them expels them (COERCE, CAMEO 174); refugees who return home of their
own accord, and bodies or prisoners handed back, are no expulsion."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Italy sent back 120 Tunisian migrants on Tuesday.",
        "Bangladesh pushed back boats carrying Rohingya refugees.",
        "France returned the Afghan asylum seekers to Greece.",
        "Djibouti forcibly repatriated 80 Ethiopian refugees.",
    ],
)
def test_sending_migrants_back_is_expelling_them(text: str) -> None:
    assert event_types(text) == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    ["Hundreds of Liberian refugees returned home from Guinea.", "Algeria returned the bodies."],
)
def test_a_return_of_their_own_or_of_bodies_is_no_expulsion(text: str) -> None:
    assert "COERCE" not in event_types(text)
