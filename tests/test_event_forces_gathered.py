"""Forces told as gathering or heading abroad (`events.massed`, `events.travel`): "troops
massed on the border", "an international force has mobilized", "warships are headed to Oman"
are deployments (MOBILIZE) with no object; civilians gathering are no event."""

from __future__ import annotations

import pytest

from .conftest import event_at, event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Turkish troops have massed on the border with Iraq.",
        "About 30,000 Marines have massed to defend Qatar.",
        "An international land and sea force has mobilized since the invasion of Chad.",
        "Two warships and an aircraft carrier are headed to Oman.",
    ],
)
def test_a_military_force_gathering_is_a_deployment(text: str) -> None:
    assert "MOBILIZE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of supporters gathered outside the court in Manila.",
        "Shoppers massed at the doors of the store in Leeds.",
    ],
)
def test_civilians_gathering_is_no_deployment(text: str) -> None:
    assert "MOBILIZE" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            "In the largest U.S. operation since Vietnam, an estimated 20,000 American GIs "
            "have already massed to defend Saudi Arabia.",
            ["USA"],
        ),
        (
            "In the biggest French deployment since Algeria, an estimated 4,000 French "
            "paratroopers have already massed to defend Chad.",
            ["FRA"],
        ),
    ],
)
def test_a_force_read_as_an_appositive_of_the_fronted_phrase_is_the_subject(
    text: str, doers: list[str]
) -> None:
    """After "since Vietnam," the parser hangs the force on the place as an apposition and
    leaves "massed" with no subject (`events.fronted_subjects`)."""
    (result,) = run_texts(text, date="1995-08-16")
    massed = event_at(result, "massed")
    assert (massed.type, [a.country for a in massed.actors]) == ("MOBILIZE", doers)
