"""Requests and rejections that were missed: an appeal that is only a condition is no request;
asking several parties for money is a request, asking for comment a question; telling someone
to act instructs them; disagreeing with a decision rejects it; skipping a convention snubs it."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


def test_an_appeal_that_is_a_condition_is_no_request() -> None:
    text = "If Governor Ortega asks the legislature to act, the bill could pass."
    assert "REQUEST" not in [t for t, _ in typed_triggers(text)]


def test_asking_several_parties_for_money_is_a_request() -> None:
    text = (
        "The committee asked oil firms, insurers, and even retailers like Kroger for donations "
        "to the Ortega campaign."
    )
    assert ("REQUEST", "asked") in typed_triggers(text)


def test_asking_someone_for_comment_is_a_question() -> None:
    text = "Senator Ortega asked the governor for comment on the vote."
    assert ("REQUEST", "asked") not in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ortega told the mayor to close the border crossing.",
        "The mayor was told by Governor Ortega to close the border crossing.",
    ],
)
def test_telling_another_party_to_act_is_a_request(text: str) -> None:
    assert ("REQUEST", "told") in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ortega told reporters to expect an announcement on Friday.",
        "Governor Ortega told the mayor not to worry about the vote.",
        "Governor Ortega told the mayor when to open the border crossing.",
    ],
)
def test_telling_what_to_expect_or_feel_or_when_is_no_request(text: str) -> None:
    assert ("REQUEST", "told") not in typed_triggers(text)


def test_disagreeing_with_a_decision_rejects_it() -> None:
    text = "Senator Ortega disagrees with the Interior Ministry's decision to close the park."
    assert ("REJECT", "disagrees") in typed_triggers(text)


def test_skipping_a_convention_snubs_it() -> None:
    assert ("REJECT", "skip") in typed_triggers("Senator Ortega will skip the party convention.")
