"""Removing someone from a post or standing: ousting, sacking or forcing out an official,
removing one from office, parting ways with an aide, punishing someone, and firing one with no
doer told ("she was fired"). Each is a SANCTION by whoever removes, toward whoever is removed;
a passive with no doer leaves the source empty. Stepping down oneself is no SANCTION."""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import typed_sides

_sanctions = partial(typed_sides, type_="SANCTION")  # (trigger, sources, targets) each


@pytest.mark.parametrize(
    "text,trigger,doer,removed",
    [
        (
            "Governor Alma Ruiz ousted state treasurer Dale Whitcombe on Thursday after the audit.",
            "ousted",
            "Alma Ruiz",
            "Dale Whitcombe",
        ),
        (
            "The Ohio legislature removed Judge Carl Benning from the bench last spring.",
            "removed",
            "legislature",
            "Carl Benning",
        ),
        (
            "Senator Joan Pettibone forced out her spokesman, Evan Lowry, over the leaked memo.",
            "forced out",
            "Joan Pettibone",
            "Evan Lowry",
        ),
    ],
)
def test_a_removal_runs_from_the_remover_to_the_removed(
    text: str, trigger: str, doer: str, removed: str
) -> None:
    found = _sanctions(text)
    assert [f[0] for f in found] == [trigger]
    (_, sources, targets) = found[0]
    assert any(doer in s for s in sources)
    assert any(removed in t for t in targets)


def test_a_passive_firing_with_no_doer_names_no_source() -> None:
    found = _sanctions("State treasurer Dale Whitcombe was fired on Thursday after the audit.")
    assert [f[0] for f in found] == ["fired"]
    (_, sources, targets) = found[0]
    assert sources == []
    assert any("Dale Whitcombe" in t for t in targets)


def test_stepping_down_is_no_sanction() -> None:
    assert _sanctions("State treasurer Dale Whitcombe resigned on Thursday after the audit.") == []


def test_firing_a_weapon_is_no_removal() -> None:
    assert _sanctions("Police in Lagos fired tear gas at the marchers on Monday.") == []
