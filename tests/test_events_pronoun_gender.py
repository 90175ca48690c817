"""A gendered pronoun side names a person of its gender, never the woman or man named just
before it."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _event


def test_him_is_not_the_woman_named_last_before_it() -> None:
    endorsed, criticized = run_texts(
        "Senator Bernie Sanders raised money for three candidates on Monday. Law professor "
        "Tom Reyes, who is challenging Rep. Laura Finch in Ohio, received more than $250,000 "
        "after Sanders endorsed him in an email.",
        "Senator Laura Finch spoke in Ohio on Monday. While Senator Bernie Sanders has set "
        "fundraising records, Laura Finch's campaign has criticized him for doing little.",
    )
    assert [p.name for p in _event(endorsed, "endorsed").recipients] == ["Tom Reyes"]
    assert [p.name for p in _event(criticized, "criticized").recipients] == ["Bernie Sanders"]


def test_a_pronoun_with_no_person_of_its_gender_before_it_names_no_one() -> None:
    (r,) = run_texts(
        "Senator Laura Finch spoke in Ohio on Monday. Maria Lopez, her campaign manager, "
        "praised her. He attacked Senator Ted Cruz on Tuesday."
    )
    assert _event(r, "attacked").actors == []
    assert [p.name for p in _event(r, "attacked").recipients] == ["Ted Cruz"]
