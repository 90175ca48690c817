"""An accusing naming is aimed at the one named also where the parse loses the object: the one
named folded into the name ("calls Obama weak"), its owner hung on the name ("the Chilean regime
criminal", "the governor's budget cruel"), or a name read as a preposition ("branded Netanyahu
a murderer")."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The governor calls Obama weak.", "USA"),
        ("The Peruvian president called the Chilean regime criminal.", "CHL"),
        ("The Iranian president branded Netanyahu a murderer.", "ISR"),
    ],
)
def test_the_one_named_is_the_target(text: str, target: str) -> None:
    (result,) = run_texts(text, date="2012-05-02")
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert [r.country for r in event.recipients] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Senator Ortiz called the governor's budget cruel.", "the governor"),
        ("The mayor called Senator Brooks's speech disgusting.", "Brooks"),
    ],
)
def test_the_owner_of_a_thing_named_is_the_target(text: str, target: str) -> None:
    (result,) = run_texts(text)
    (event,) = result.events
    assert (event.type, [r.name for r in event.recipients]) == ("ACCUSE", [target])


def test_a_neutral_name_of_a_folded_party_is_no_accusation() -> None:
    (result,) = run_texts("The governor calls Obama often.")
    assert "ACCUSE" not in [e.type for e in result.events]
