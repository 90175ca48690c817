"""A speech act under a first-person hedge of wanting is performed in the saying ("I want to
thank Senator Lee": occurred); someone else's wish, or a wish to meet, stays planned."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text,coded",
    [
        ("I want to thank Senator Ortega for his courage.", [("SUPPORT", "occurred")]),
        ("She wants to thank Senator Ortega next week.", [("SUPPORT", "planned")]),
        ("We want to meet the Bolivian president.", [("CONSULT", "planned")]),
    ],
)
def test_a_hedged_speech_act_is_performed(text: str, coded: list[tuple[str, str]]) -> None:
    assert typed_modalities(text) == coded
