"""Campaign threats: a vow of verbal or legal conflict ("vowed to sue", "pledged to veto",
"promised to investigate") is a threat (PLOVER folds a planned hostile act into THREATEN), and
a threat's condition ("if he wins") never makes the threatener his own target."""

from __future__ import annotations

import pytest

from .conftest import run_texts

OPENING = "WASHINGTON — Senator Ray Dalton and Senator Paula Whitmore spoke on Monday. "


def _coded(text: str) -> list[tuple[str, str, list[str]]]:
    (result,) = run_texts(OPENING + text)
    return [(e.type, e.trigger.text, [p.name for p in e.recipients]) for e in result.events]


@pytest.mark.parametrize(
    "text,coded",
    [
        ("Dalton vowed to sue Whitmore.", [("THREATEN", "vowed", ["Paula Whitmore"])]),
        ("Dalton promised to prosecute Whitmore.", [("THREATEN", "promised", ["Paula Whitmore"])]),
        ("Dalton pledged to veto the tax bill.", [("THREATEN", "pledged", [])]),
        ("Dalton vowed not to veto the tax bill.", [("AGREE", "vowed", [])]),
    ],
)
def test_vow_of_conflict_is_a_threat(text: str, coded: list[tuple[str, str, list[str]]]) -> None:
    assert _coded(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "Dalton threatened to prosecute Whitmore if he wins.",
        "Dalton vowed to sue Whitmore if he loses the race.",
    ],
)
def test_condition_on_the_threatener_keeps_the_target(text: str) -> None:
    assert [r for _, _, r in _coded(text)] == [["Paula Whitmore"]]
