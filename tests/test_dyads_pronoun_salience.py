"""Who a "she" or "he" is when the last subject and the nearest person disagree: an embedded
subject pronoun is the person its own sentence has just named, a main-clause pronoun goes on
with the last main subject, a person named only as a modifier ("the Berg murder case") is no
antecedent while a person named in a phrase of their own fits, and a writer's relative ("my
son ... he") is nobody named."""

from __future__ import annotations

from tests.conftest import doer_names, target_names


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


def test_a_person_named_only_as_a_modifier_is_not_the_pronouns_antecedent() -> None:
    text = (
        "Judge Peter Berg was shot at his home in Dayton last fall.\n\n"
        "Police charged Mark Olsen with the murder on Thursday. Olsen fled in November. "
        "He was last seen a day before detectives issued a warrant in the Berg murder case in "
        "the hope of questioning him."
    )
    assert target_names(text, "questioning") == ["Mark Olsen"]


def test_a_new_paragraph_goes_on_with_the_person_it_has_just_named() -> None:
    text = (
        "Governor Peter Berg of Norway opened the session in Oslo on Monday.\n\n"
        "In 1990 the party turned to a young lawyer, Karl Dahl. But he criticized the "
        "inspectors."
    )
    assert doer_names(text, "criticized") == ["Karl Dahl"]


def test_a_paragraph_that_names_the_subject_again_keeps_it() -> None:
    text = (
        "Governor Peter Berg of Norway opened the session in Oslo on Monday.\n\n"
        "I have covered the governor for years, with Karl Dahl. Usually he criticized the "
        "inspectors."
    )
    assert doer_names(text, "criticized") == ["Peter Berg"]
