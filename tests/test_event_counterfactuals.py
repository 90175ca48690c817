"""What a party "would have" done did not happen: no threat and no act, while a conditional
future stays a threat."""

from __future__ import annotations

from .conftest import typed_modalities


def test_a_counterfactual_dismissal_is_no_threat() -> None:
    text = "The mayor said he would have fired the police chief if the report had reached him."
    assert typed_modalities(text) == []


def test_a_counterfactual_attack_is_no_event() -> None:
    text = "The general said the rebels would have attacked the convoy without the air cover."
    assert typed_modalities(text) == []


def test_a_conditional_future_attack_stays_a_threat() -> None:
    text = "The rebels would attack the convoy if the army entered the valley, their leader said."
    assert typed_modalities(text) == [("THREATEN", "hypothetical")]
