"""A "he" or "she" that is the subject of a clause inside another is the person who is the
subject of the nearest clause above it: the person a relative "who" stands for, or the one
who said it, not the last subject of the paragraph named elsewhere in the sentence."""

from __future__ import annotations

from tests.conftest import doer_names


def test_he_below_a_relative_who_is_the_person_the_clause_modifies() -> None:
    text = (
        "Network chief Paul Olsen spoke in Oslo on Monday.\n\n"
        "Paul Olsen isn't bowing to Governor Lars Moe, who has said he would boycott the "
        "debate unless the network pays him."
    )
    assert doer_names(text, "boycott") == ["Lars Moe"]


def test_she_below_a_relative_who_is_the_woman_the_clause_modifies() -> None:
    text = (
        "Senator Karen Holm opened the hearing on Monday.\n\n"
        "Holm lined up with Governor Anna Berg, who has said she would not support "
        "the tax plan."
    )
    assert doer_names(text, "support") == ["Anna Berg"]
