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
