"""A definite act noun refers back to the act told before by the same word, not to whichever
act of its kind came last."""

from __future__ import annotations

import pytest

from tests.conftest import event_at, run_texts

ARTICLE = (
    "A gunman, Omar Reyes, opened fire at a nightclub in Orlando on Sunday. During his attack, "
    "Reyes posted messages on Facebook. One message referred to air strikes against Islamic "
    "State by the United States. The attack sparked a fresh debate about guns. Reyes had been "
    "investigated by the FBI in 2014. Mayor Teresa Jacobs denounced the attack on Monday."
)


def test_the_attack_is_the_one_told_as_an_attack_before() -> None:
    (r,) = run_texts(ARTICLE)
    sparked = next(e for e in r.events if e.sentence.text.startswith("The attack sparked"))
    assert [p.name for p in sparked.actors] == ["Omar Reyes"]
    assert sparked.recipients == []


def test_denouncing_the_attack_is_aimed_at_its_doer() -> None:
    (r,) = run_texts(ARTICLE)
    assert [p.name for p in event_at(r, "denounced").recipients] == ["Omar Reyes"]


def test_an_owned_act_noun_is_aimed_where_its_owner_aimed_that_act_before() -> None:
    (r,) = run_texts(
        "Governor Ann Lyle criticized President Obama's gun plan on Monday. Lyle repeated "
        "her criticism in a radio interview on Tuesday."
    )
    assert [p.name for p in event_at(r, "criticism").recipients] == ["Barack Obama"]


def test_an_owned_act_noun_with_its_own_target_keeps_it() -> None:
    (r,) = run_texts(
        "Governor Ann Lyle criticized President Obama's gun plan on Monday. Lyle repeated "
        "her criticism of Senator Paul Reed on Tuesday."
    )
    assert [p.name for p in event_at(r, "criticism").recipients] == ["Paul Reed"]


@pytest.mark.parametrize("preposition", ["in", "near"])
def test_an_act_noun_naming_its_own_place_takes_no_sides_of_an_act_elsewhere(
    preposition: str,
) -> None:
    (r,) = run_texts(
        "Russian warplanes bombed a hospital in Aleppo on Monday. Merkel said the despicable"
        f" attacks {preposition} Brussels draw us all together.",
        date="2016-03-23",
    )
    assert event_at(r, "attacks").actors == []
