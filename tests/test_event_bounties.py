"""A reward or bounty offered, announced or posted for information or a capture is an appeal
for help (REQUEST), not an offer of a deal (AGREE) nor an arrest."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    (result,) = run_texts(text)
    return [(e.trigger.text, e.type, [p.name for p in e.actors]) for e in result.events]


@pytest.mark.parametrize(
    ("text", "trigger", "offerer"),
    [
        (
            "The Interior Ministry is offering a $20,000 reward for information on the arsonists.",
            "offering",
            "Interior Ministry",
        ),
        (
            "Police in Lyon announced a bounty for help in finding the two escaped inmates.",
            "announced",
            "Police",
        ),
    ],
)
def test_a_reward_offered_is_an_appeal_by_its_offerer(
    text: str, trigger: str, offerer: str
) -> None:
    found = _events(text)
    assert any(t == trigger and k == "REQUEST" and offerer in " ".join(a) for t, k, a in found)
    assert "AGREE" not in {k for _, k, _ in found}


def test_rewards_in_another_sense_are_no_appeal() -> None:
    assert _events("The minister said the rewards of peace would come slowly.") == []
