"""Two senses that are no act between parties: a thing that "threatens" tells a risk ("the
primary threatens to knock the governors out"), and an "appeal to voters" with nothing asked is
the pull a candidate has on a public. A party's threat, a party's own thing that threatens, and
a plea that asks something or pleads with a party still count."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


def _types(text: str) -> list[str]:
    return [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The early primary threatens to knock two of the governors out of the contest.",
        "That threatened to leave many middle-class families worse off next year.",
    ],
)
def test_a_thing_that_threatens_is_a_risk(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor threatened to veto the spending bill on Tuesday.",
        "Moscow's missile program threatens Poland, the Polish defense minister said.",
    ],
)
def test_a_party_and_its_own_thing_still_threaten(text: str) -> None:
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's broad appeal to rural voters worried his rivals.",
        "Her rivals envied her easy appeal to young women in the suburbs.",
    ],
)
def test_an_appeal_to_a_public_with_nothing_asked_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The archbishop made an urgent appeal to the people of Sudan to end the fighting.",
        "The mayor issued an appeal for calm after the riots.",
        "The archbishop made an urgent appeal to the people of Sudan.",
    ],
)
def test_a_plea_still_requests(text: str) -> None:
    assert "REQUEST" in _types(text)
