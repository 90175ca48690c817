"""A lawsuit a named party may bring (CAMEO 115) is a legal threat, coded hypothetical as a
hostile act in prospect is (`events.conditional_threats`); one no party is said to bring is
a musing, no event."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def _lawsuit_modalities(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.modality.value for e in result.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("verb", ["might sue", "may sue", "could sue"])
def test_a_lawsuit_a_named_party_may_bring_is_coded_hypothetical(verb: str) -> None:
    text = f"The American Civil Liberties Union {verb} the state over the new law."
    assert _lawsuit_modalities(text) == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Lawsuits could be filed over the long waits at the polls.",
        "The new rule could bring more lawsuits.",
    ],
)
def test_lawsuits_no_party_may_bring_are_no_event(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
