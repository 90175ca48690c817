"""A stance noun's "of" object refers back to an earlier act ("her approval of the filibuster"),
and a thing another act had as its object ("vetoed a bill ... opposed the bill") is no act."""

from __future__ import annotations

from .conftest import event_at, named_sides, run_texts


def test_approval_of_an_act_told_before_is_aimed_at_its_doers() -> None:
    text = (
        "Seven Democrats in the state Senate mounted a filibuster on Monday. "
        "Hillary Clinton tweeted her approval of the filibuster."
    )
    assert named_sides(text, "SUPPORT") == (["Hillary Clinton"], ["Democrats"])


def test_a_thing_another_act_had_as_object_is_no_act_to_answer() -> None:
    text = (
        "Governor Nathan Deal vetoed a bill on Monday. "
        "Apple, which opposed the bill, said it was pleased."
    )
    (result,) = run_texts(text, date="2016-05-02")
    assert event_at(result, "opposed").recipients == []
