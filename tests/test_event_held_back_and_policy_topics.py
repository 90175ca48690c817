"""Two general shapes read falsely before (senses36): a negated verb of holding back ("could
not resist", "did not hesitate to", "never shied away from") tells the act it governs done,
with no rejection of its own; and a violence word that names a policy's topic ("gun control",
"the war powers act") tells no violence, so a campaign's offensive beside it is one of words."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text",
    [
        "The mayor could not resist taking a jab at Senator Brown in her speech on Friday.",
        "The mayor did not hesitate to denounce Senator Brown in her speech on Friday.",
        "The mayor never shied away from condemning Senator Brown during the campaign.",
        "The mayor couldn't help mocking Senator Brown in her speech on Friday.",
    ],
)
def test_holding_back_overcome_tells_the_act_done(text: str) -> None:
    assert typed_modalities(text) == [("ACCUSE", "occurred")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a thing not resisted: a rejection not made, no act (`events.undone`)
            "The mayor could not resist the pressure from Senator Brown on Friday.",
            [],
        ),
        (  # the act itself negated, with no holding back
            "The mayor did not denounce Senator Brown in her speech on Friday.",
            [("ACCUSE", "negated")],
        ),
    ],
)
def test_negation_without_holding_back_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_modalities(text) == expected


def test_policy_topic_tells_no_violence() -> None:
    text = "Governor Ellis opened her gun-control offensive against Senator Brown on Monday."
    assert typed_modalities(text) == [("ACCUSE", "occurred")]


def test_weapons_used_still_tell_violence() -> None:
    text = "Rebels armed with guns launched an offensive against the army near the border."
    assert [t for t, _ in typed_modalities(text)] == ["ASSAULT"]
