"""An infinitive of purpose shares what is planned or possible for the act it serves: "is
willing to send ships to help defend Qatar" plans the defending; a purpose of an act done is
not made planned by it."""

from __future__ import annotations

from tests.conftest import typed_modalities


def test_purpose_of_a_planned_act_is_planned() -> None:
    text = "Finland is willing to send equipment to help defend Estonia, its defence minister said."
    assert typed_modalities(text) == [("SUPPORT", "planned")]


def test_purpose_of_an_act_done_is_not_planned() -> None:
    text = "Finland sent a frigate to help defend Estonia against Russia."
    assert ("SUPPORT", "planned") not in typed_modalities(text)
