"""False events by general cause (precision38): the public's backing in a sentence that counts
shares is what the count measures, and a bare gerund of an act that names no party is a topic;
a named party's stance, a progressive and a gerund with its doer stay events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Her win came through the support of farmers (58 percent) and retirees (71 percent),"
        " exit polls showed.",
        "A new survey shows more voters view the mayor unfavorably than support him.",
        "Nearly eight in 10 rural voters said they have made up their mind on whom they will"
        " support in May.",
    ],
)
def test_the_publics_backing_in_a_counted_sentence_is_a_statistic(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor endorsed the mayor on Monday, a day after a poll put him at 45 percent.",
        "Rural voters are rejecting the dam project.",
    ],
)
def test_a_named_partys_stance_or_an_uncounted_one_stays(text: str) -> None:
    types = event_types(text)
    assert "SUPPORT" in types or "REJECT" in types


@pytest.mark.parametrize(
    "text",
    [
        "The debate in the statehouse has turned to allowing ferries outside the harbor.",
        "Cutting the budget is more important than defending the harbor.",
    ],
)
def test_a_gerund_naming_no_party_is_no_act(text: str) -> None:
    assert not {"CONCEDE", "SUPPORT"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke on Tuesday, criticizing the governor for the budget cuts.",
        "The mayor gave a speech in what some are criticizing as a stunt.",
        "The two aldermen were at odds, the one impassioned in blasting me, the other in"
        " praising me.",
    ],
)
def test_a_gerund_with_its_party_or_a_progressive_stays(text: str) -> None:
    assert "ACCUSE" in event_types(text)
