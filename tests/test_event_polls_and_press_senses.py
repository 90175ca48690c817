"""Poll standings, calls and sit-downs with no one, and acts that a clause does are no events:
a poll puts someone's approval or support at a share, a passive told with its polled doer
counts voters, a conference call or a sit-down alone is a briefing or a posture, and "doing X
allowed him to" tells what an experience enabled. Their acts between parties stay."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A new Marist survey puts Governor Ames's approval at 41 percent.", "approval"),
        ("Senator Rossi's support rose to 38 percent in the latest Quinnipiac poll.", "support"),
        ("Rossi was backed by nearly 7 in 10 of the young voters in the Ohio exit poll.", "backed"),
        ("Exit polls showed that Ames was strongly backed by late deciders.", "backed"),
        ("A Gallup survey finds Ames supported by an average of 22 percent.", "supported"),
    ],
)
def test_a_polled_standing_is_no_backing(text: str, trigger: str) -> None:
    assert ("SUPPORT", trigger) not in typed_triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Ames's support for the dam, which 60 percent oppose, angered Rossi.", "support"),
        ("Senator Rossi and Senator Ames tweeted their approval of the new budget.", "approval"),
        ("Governor Ames was endorsed by Senator Rossi on Monday.", "endorsed"),
    ],
)
def test_a_party_backing_stays(text: str, trigger: str) -> None:
    assert ("SUPPORT", trigger) in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "In a conference call on Tuesday, Finance Minister Ortega acknowledged the deficit.",
        "The deficit is too large, Finance Minister Ortega said in the conference call.",
        "After the vote, Senator Rossi finally sat down.",
    ],
)
def test_a_call_or_sit_down_with_no_one_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Minister Ortega held a conference call with the Brazilian minister.", "conference call"),
        ("Senator Rossi sat down with Prime Minister Abe in Tokyo on Monday.", "sat down"),
    ],
)
def test_a_call_or_sit_down_with_someone_stays(text: str, trigger: str) -> None:
    assert ("CONSULT", trigger) in typed_triggers(text)


def test_what_an_experience_allowed_is_no_concession() -> None:
    text = "Ames says serving in the army has allowed him to understand veterans better."
    assert ("CONCEDE", "allowed") not in typed_triggers(text)


def test_an_authority_allowing_stays() -> None:
    text = "The governor allowed the protesters to march on the capitol on Sunday."
    assert ("CONCEDE", "allowed") in typed_triggers(text)
