"""Lifting, easing or withdrawing a restriction (a ban, a curfew, a veto) and reopening a border
are concessions; closing a border stays coercion."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    (result,) = run_texts(text, date="2021-03-10")
    return [
        (e.type, [a.country for a in e.actors], [r.country for r in e.recipients])
        for e in result.events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Greece lifted its veto on North Macedonia's bid to join the bloc.", "GRC", "MKD"),
        ("Hungary withdrew its objection to Finland's membership.", "HUN", "FIN"),
        ("Uganda reopened its border with Rwanda.", "UGA", "RWA"),
        ("Oman reopened its airspace to Iranian flights.", "OMN", "IRN"),
    ],
)
def test_undoing_a_restriction_is_a_concession(text: str, source: str, target: str) -> None:
    (event,) = _events(text)
    assert event == ("CONCEDE", [source], [target])


def test_closing_a_border_is_coercion() -> None:
    assert [e[0] for e in _events("Uganda closed its airspace to Rwandan flights.")] == ["COERCE"]
