"""Relations set up, restored or upgraded between states are diplomatic cooperation (SUPPORT),
with the partner named by "with"; cutting them stays a sanction, and a firm's relations no act."""

from __future__ import annotations

import pytest

from .conftest import event_dyads


@pytest.mark.parametrize(
    "text",
    [
        "Senegal and Mauritania restored diplomatic relations after years of dispute.",
        "Honduras and Taiwan resumed diplomatic ties on Thursday, the ministry said.",
        "Vietnam and Indonesia upgraded their ties to a strategic partnership during the visit.",
    ],
)
def test_restored_relations_are_support(text: str) -> None:
    assert [t for t, _, _ in event_dyads(text)] == ["SUPPORT"]


def test_relations_established_with_a_state_aim_at_it() -> None:
    text = "Zambia established diplomatic relations with Uruguay, the ministry said on Monday."
    assert ("SUPPORT", ["ZMB"], ["URY"]) in event_dyads(text)


def test_relations_severed_stay_a_sanction() -> None:
    text = "Ecuador severed diplomatic ties with Nicaragua, the foreign ministry said on Monday."
    assert [t for t, _, _ in event_dyads(text)] == ["SANCTION"]


def test_a_firms_relations_with_suppliers_are_no_event() -> None:
    text = "The brewery resumed relations with its suppliers after the strike ended last month."
    assert "SUPPORT" not in [t for t, _, _ in event_dyads(text)]
