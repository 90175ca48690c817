"""An appeal a named party may make of another ("the mayors would be asking him to resign",
"could win by persuading donors to give") is coded, hypothetical, as the coded sets code it
(`events.conditional_threats.hypothetical`); a request no one is said to make, or what a party
is only able to ask, stays musing."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def _requests(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.modality.value for e in result.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "By spring, many Republicans would be asking the governor to step aside.",
        "The senator's campaign could still win by persuading uncommitted delegates to back him.",
        "Should the talks collapse, Japan could request American help.",
    ],
)
def test_a_request_a_named_party_may_make_is_coded_hypothetical(text: str) -> None:
    assert _requests(text) == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "A recount could be requested later this month.",
        "The new law could encourage more companies to hire veterans.",
        "Under party rules the senator can ask his delegates to back another candidate.",
    ],
)
def test_a_request_no_party_makes_or_only_can_make_is_no_event(text: str) -> None:
    assert "REQUEST" not in event_types(text)
