"""A request whose infinitive follows a date ("asked the AU on Friday to mediate"): the parser
hangs the infinitive as an adverbial, yet the asking is a request of that act, as without the
date; a reporter's "asked on Monday to comment" stays a question."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Ghana asked the African Union on Friday to mediate in its dispute with Togo.",
        "Honduras asked the Organization of American States last week to intervene in the crisis.",
    ],
)
def test_asked_to_act_after_a_date_is_a_request(text: str) -> None:
    (result,) = run_texts(text, date="2015-06-01")
    assert "REQUEST" in [e.type for e in result.events]


def test_asked_to_comment_after_a_date_is_no_request() -> None:
    (result,) = run_texts("Asked on Monday to comment, the Chilean minister declined.")
    assert "REQUEST" not in [e.type for e in result.events]
