"""Who a "she" or "he" is when the last subject and the nearest person disagree: an embedded
subject pronoun is the person its own sentence has just named, a main-clause pronoun goes on
with the last main subject, and a writer's relative ("my son ... he") is nobody named."""

from __future__ import annotations

from tests.conftest import doer_names


def test_an_embedded_she_is_the_woman_her_own_sentence_names() -> None:
    text = (
        "Prime Minister Anna Berg of Norway opened the session in Oslo on Monday.\n\n"
        "The auditors questioned Governor Karen Holm's spending, saying she had threatened "
        "the inspectors."
    )
    assert "Karen Holm" in doer_names(text, "threatened")


def test_a_main_clause_she_still_goes_on_with_the_last_subject() -> None:
    text = (
        "Prime Minister Anna Berg of Norway opened the session in Oslo on Monday.\n\n"
        "Asked about Governor Karen Holm's plan, she criticized the inspectors."
    )
    assert doer_names(text, "criticized") == ["Anna Berg"]


def test_the_writers_relative_is_no_one_named_before() -> None:
    text = (
        "Senator Maria Lopez unveiled a housing plan on Monday.\n\n"
        "My daughter lives with us. I drive my daughter to the clinic, where she needs help. "
        "She criticized the landlord last week."
    )
    assert "Maria Lopez" not in doer_names(text, "criticized")
