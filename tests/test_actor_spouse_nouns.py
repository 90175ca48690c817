"""A spouse named only by the kin noun ("her husband") is the person the article named whose
surname the owner shares; no one when two could be meant."""

from __future__ import annotations

from tests.conftest import trigger_sides


def test_her_husband_is_the_named_man_who_shares_her_surname() -> None:
    text = (
        "Maria Delgado campaigned in Ohio with Pedro Delgado. "
        "Rivals attacked her husband on Friday."
    )
    assert trigger_sides(text, "ACCUSE")[0][2] == ["Pedro Delgado"]


def test_his_wife_is_the_named_woman_of_his_family_among_others() -> None:
    text = (
        "Pedro Delgado and Maria Delgado met Anna Brooks and Tom Brooks. "
        "Later, Tom Brooks praised his wife at the rally."
    )
    assert trigger_sides(text, "SUPPORT")[-1] == ("praised", ["Tom Brooks"], ["Anna Brooks"])


def test_two_women_of_the_family_leave_his_wife_unlinked() -> None:
    text = (
        "Pedro Delgado came with Maria Delgado and Lucia Delgado. Critics later attacked his wife."
    )
    assert trigger_sides(text, "ACCUSE")[0][2] == []
