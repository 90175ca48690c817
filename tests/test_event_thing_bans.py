"""A ban or a limit laid on a thing that no party owns, does or holds as a right ("banned
waterboarding", "an assault weapons ban") is a policy, not a restriction put on someone: no
COERCE. A ban on people, on a party's thing, on an act people do or on a right still is."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama banned waterboarding when he took office in January 2009.",
        "Cruz told voters that a state law banning fracking is hurting the economy.",
        "Ted Cruz wants to ban all abortions in this country.",
        "Prospects are even dimmer for an assault weapons ban, another priority for Democrats.",
        "The mayor tried to ban sales of sodas over 16 ounces.",
        "At risk are Supreme Court precedents restricting class actions.",
    ],
)
def test_a_ban_on_a_thing_restricts_no_one(text: str) -> None:
    assert "COERCE" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The government banned opposition rallies in the capital.",
        "The junta banned the main opposition party on Tuesday.",
        "The police banned protests in the city center.",
        "President Obama's ban on donations from corporations hampered convention fundraising.",
        "The government has banned all public gatherings in the capital.",
        "The government banned the export of weapons to the rebels.",
    ],
)
def test_a_ban_on_people_their_acts_or_their_things_still_restricts(text: str) -> None:
    assert "COERCE" in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The government restricted the press after the protests in Minsk.",
        "The regime restricted the internet during the election in Minsk.",
        "The junta restricted the media ahead of the vote.",
    ],
)
def test_a_ban_on_the_press_or_a_medium_of_speech_restricts_speech(text: str) -> None:
    assert "COERCE" in [kind for kind, _ in typed_triggers(text)]
