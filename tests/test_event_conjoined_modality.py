"""A verb joined to another without its own subject or auxiliary shares that verb's modal or
future ("could win by recalling its envoy and urging ..."), but not its negation; "can" is a
modal of possibility."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING
from eventwire.model import Modality

from .conftest import run_texts


def _modality(text: str, trigger: str) -> Modality:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Chile could end the dispute by recalling its envoy and urging Peru to reopen talks.",
            "urging",
            Modality.HYPOTHETICAL,
        ),
        (
            "The Bolivian president will open the summit and sign a trade pact with Peru.",
            "sign",
            Modality.PLANNED,
        ),
        ("The senator did not criticize Obama and praised Clinton.", "praised", Modality.OCCURRED),
    ],
)
def test_a_joined_verb_shares_the_first_verbs_modal(
    text: str, trigger: str, modality: Modality, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")
    assert _modality(text, trigger) == modality


def test_what_can_happen_is_hypothetical(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Peru can attack the rebels": an ability or a generic possibility, not an act done."""
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")
    text = "Peru can attack the rebels only with American helicopters."
    assert _modality(text, "attack") == Modality.HYPOTHETICAL
