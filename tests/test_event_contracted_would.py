"""A contracted "'d" that is "would" makes an act possible or announced, as "would" does; an
act inside an "if" clause is supposed, not performed by the speaker."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _modalities(text: str) -> dict[str, str]:
    (result,) = run_texts(text, date="2016-03-01")
    return {e.trigger.text: e.modality for e in result.events}


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Governor Hale says he'd meet President Okafor in Lagos next year.", "meet", "planned"),
        ("Senator Marsh said she’d welcome the mayor's entry into the race.", "welcome", "planned"),
        (
            '"If we endorse Ruth Coles, we lose the state," Senator Pryor said.',
            "endorse",
            "hypothetical",
        ),
    ],
)
def test_would_and_conditions(text: str, trigger: str, modality: str) -> None:
    assert _modalities(text).get(trigger) == modality


def test_a_contracted_had_stays_past() -> None:
    text = "The two leaders said they'd met in Geneva in 2012."
    assert _modalities(text).get("met") != "planned"


def test_a_bare_verb_joined_under_a_contracted_would_stays_planned() -> None:
    """ "said he’d meet X and warn him": the joined bare verb shares the "would", so it is no
    speech act the sayer performed."""
    found = _modalities("Governor Hale said he’d meet President Okafor and warn him about the dam.")
    assert found["warn"] == "planned"
