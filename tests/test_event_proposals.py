"""Proposing a policy or spending asks for it (REQUEST); proposing talks or a truce, or a step
to a named party, offers it (AGREE); proposing force or a ban against a party threatens it."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-02-01")
    return [e.type for e in result.events if e.trigger.text.lower().startswith("propos")]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Governor Ellis will propose spending $3 billion on rural broadband.", "REQUEST"),
        ("Senator Ortiz proposed a national paid-leave program on Tuesday.", "REQUEST"),
        ("Chile proposed talks to Bolivia over the border dispute.", "AGREE"),
        ("Armenia proposed a ceasefire in the disputed region.", "AGREE"),
        ("The candidate proposed barring all refugees from entering Canada.", "THREATEN"),
    ],
)
def test_what_a_proposal_proposes_decides_its_type(text: str, type_: str) -> None:
    assert _types(text) == [type_]


def _call_types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-02-01")
    return [e.type for e in result.events if e.trigger.text.lower().startswith("call")]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The mayor renewed her call to arrest the gang leaders in the park.", "THREATEN"),
        ("His call to expel all foreign reporters alarmed the editors.", "THREATEN"),
        ("The senator repeated his call on Congress to ban the group.", "REQUEST"),
        ("The senator renewed his call to ban assault weapons.", "REQUEST"),
    ],
)
def test_a_call_for_a_hostile_policy_naming_no_one_to_act_threatens(text: str, type_: str) -> None:
    assert _call_types(text) == [type_]
