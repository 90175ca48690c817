"""A second act told beside another in one sentence is coded too: a finite verb the parse hangs
under the first act's gerund ("accused X of rigging ... and called on Y"), a contrast clause with
its own subject ("urged ..., while Z criticized ..."); a condition stays the content of the act
it conditions."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Tshisekedi accused the ruling Common Front for Congo of rigging the vote in several "
            "eastern provinces and called on his supporters to stay calm.",
            ["ACCUSE", "REQUEST"],
        ),
        (
            "Mexico's foreign minister urged both sides to keep talking, while the Guatemalan "
            "president rejected any mediation.",
            ["REQUEST", "REJECT"],
        ),
    ],
)
def test_second_act_is_coded(text: str, expected: list[str]) -> None:
    assert event_types(text) == expected


def test_condition_stays_content_of_threat() -> None:
    """ "threatened to strike if the rebels attacked": the attack is what the threat is about."""
    (result,) = run_texts(
        "The Angolan army threatened to bomb the rebel bases if the guerrillas attacked Luanda."
    )
    assert [e.type for e in result.events] == ["THREATEN"]


def test_relief_staples_given_are_aid() -> None:
    """Food staples and blankets delivered or sent to people in need are AID."""
    assert event_types(
        "The Red Cross delivered 300 tonnes of wheat to refugees in eastern Chad on Friday."
    ) == ["AID"]
    assert event_types("Japan sent 2,000 blankets and 40 tonnes of rice to Bangladesh.") == ["AID"]


def test_messages_of_congratulation_are_support() -> None:
    text = "Kenya and Uganda sent messages of congratulation to the new president."
    assert event_types(text) == ["SUPPORT"]
