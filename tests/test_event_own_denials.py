"""A party's denial of a charge in its own words ("'I never took that money'" after the bribery
allegations) is REJECT by the speaker, done in the saying; without a charge told nearby, or for
a feeling or an act that is an event of its own, nothing is rejected."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors accused Senator Lee of taking bribes from Russia. "
        '"I never took that money," Lee told reporters in Moscow.',
        "The Turkish minister faced a corruption investigation. "
        '"We did not hide any documents," the minister said in Ankara.',
    ],
)
def test_own_denial_of_a_charge_is_a_rejection(text: str) -> None:
    (result,) = run_texts(text)
    denials = [e for e in result.events if e.type == "REJECT"]
    assert [e.modality.value for e in denials] == ["occurred"]
    assert denials[0].actors


@pytest.mark.parametrize(
    "text",
    [
        '"I did not visit the museum this time," the Russian minister said in Paris.',
        "Prosecutors accused the Turkish minister of fraud. "
        '"I did not care about the criticism," the minister said.',
        "Prosecutors accused the Turkish minister of fraud. "
        "The minister said he never knew the men.",
    ],
)
def test_no_denial_without_a_charge_or_a_deed(text: str) -> None:
    (result,) = run_texts(text)
    assert "REJECT" not in [e.type for e in result.events]


def test_denied_hostile_act_is_no_rejection() -> None:
    text = (
        "Ukraine accused Russia of shelling the town. "
        '"We did not attack the town," the Russian defence ministry said.'
    )
    (result,) = run_texts(text)
    assert "REJECT" not in [e.type for e in result.events]
