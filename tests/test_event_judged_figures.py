"""Praise or blame of a figure no party owns is no act toward anyone; an owned one, or a party
praised, stays."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types


@pytest.mark.parametrize(
    "text",
    [
        "The governor hailed the record streak of sunny days.",
        "The senator praised the strong jobs numbers on Friday.",
        "The minister criticized the low turnout in the northern districts.",
    ],
)
def test_a_verdict_on_an_ownerless_figure_is_no_act(text: str) -> None:
    assert {"SUPPORT", "ACCUSE"}.isdisjoint(event_types(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Obama praised Clinton's poll numbers on Friday.", "SUPPORT"),
        ("Trump criticized the ratings of CNN on Tuesday.", "ACCUSE"),
        ("Obama praised the troops in Iraq.", "SUPPORT"),
    ],
)
def test_a_verdict_on_a_party_or_its_figures_stays(text: str, kind: str) -> None:
    assert kind in [dyad[0] for dyad in event_dyads(text, date="2016-06-01")]
