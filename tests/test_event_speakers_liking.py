"""A speaker's own liking of a person is praise ("I like Governor Miller", "he said he has
trusted her from the start"); a third party's liking is an opinion held, and a liking denied
is no praise."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def test_a_first_person_liking_praises_the_person_liked() -> None:
    text = 'Mayor Ana Lopez spoke on Friday. "I really like Governor Tom Miller," Lopez said.'
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == "SUPPORT"]
    assert [str(p.name) for p in event.actors] == ["Ana Lopez"]
    assert [str(p.name) for p in event.recipients] == ["Tom Miller"]


@pytest.mark.parametrize(
    "text",
    [
        'Senator Ana Jones spoke in Ohio. "We love Governor Tom Miller," Jones said.',
        "Senator Ana Jones said she has trusted Governor Tom Miller from the start.",
    ],
)
def test_a_speakers_own_liking_supports(text: str) -> None:
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The more farmers hear of Governor Tom Miller, the more they seem to like him.",
        'Senator Ana Jones spoke in Ohio. "I do not trust Governor Tom Miller," Jones said.',
        'Senator Ana Jones spoke in Ohio. "I cannot say I like Governor Tom Miller," Jones said.',
    ],
)
def test_others_liking_and_liking_denied_are_no_praise(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


def test_a_liking_in_the_passive_leaves_the_act_beside_it() -> None:
    text = (
        "Governor Tom Miller, who may not be liked by many colleagues but can now boast the"
        " support of Senator Ana Jones, won in Ohio."
    )
    (result,) = run_texts(text)
    assert [e.trigger.text for e in result.events if e.type == "SUPPORT"] == ["support"]
