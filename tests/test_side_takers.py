"""People named by the side they take ("a Trump supporter", "a critic of the mayor") are not
the party they back or oppose: the name beside them never becomes the doer of their acts."""

from __future__ import annotations

import pytest

from .conftest import event_at, run_texts


@pytest.mark.parametrize(
    "text,trigger",
    [
        (
            "Donald Trump spoke on Monday. A Trump supporter assaulted a protester in Ohio.",
            "assaulted",
        ),
        ("Hillary Clinton spoke in Iowa. A Clinton critic attacked the senator.", "attacked"),
        ("Bill Cosby spoke on Friday. A Cosby accuser sued the comedian.", "sued"),
    ],
)
def test_the_named_side_is_not_the_doer(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    doers = {doer.name for doer in event_at(result, trigger).actors}
    assert not doers & {"Donald Trump", "Hillary Clinton", "Bill Cosby"}


def test_a_pronoun_on_a_possessed_noun_is_not_its_possessor() -> None:
    text = (
        "Bill Clinton and Donald Trump spoke on Monday. "
        "Trump's attacks on him are rippling through the race."
    )
    (result,) = run_texts(text)
    attacks = event_at(result, "attacks")
    assert [a.name for a in attacks.actors] == ["Donald Trump"]
    assert [r.name for r in attacks.recipients] == ["Bill Clinton"]


def test_a_party_before_a_side_taker_is_its_own_side() -> None:
    """The party's people act for it: "his GOP rivals" are a group of the GOP (`party_groups`),
    not Carson, who only names them."""
    text = "Ben Carson said his GOP rivals are too concerned about the Islamic State."
    (result,) = run_texts(text)
    doers = event_at(result, "concerned").actors
    assert [(d.name, d.country, d.sector) for d in doers] == [("GOP rivals", "USA", "PTY")]
