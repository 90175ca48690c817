"""A pronoun after an unnamed person in its sentence ("the driver ... he") is that person,
not the person named earlier in the article: the act's side stays empty."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_pronoun_after_a_bare_person_noun_leaves_the_doer_unnamed() -> None:
    (r,) = run_texts(
        "Chancellor Merkel issued a statement on Friday about the crash in Hamburg.\n\n"
        "A bystander said the driver sped up as he was shooting people."
    )
    assert countries_of(event_at(r, "shooting").actors) == set()


def test_a_pronoun_after_someone_is_not_the_person_named_before() -> None:
    (r,) = run_texts(
        "Prime Minister Modi spoke in Delhi on Monday.\n\n"
        "Police are looking for someone who said he bombed the station."
    )
    assert countries_of(event_at(r, "bombed").actors) == set()


def test_a_pronoun_after_a_named_person_still_stands_for_that_person() -> None:
    (r,) = run_texts(
        "President Duterte met the driver on Monday.\n\n"
        "The driver said Duterte called him before he attacked the rebels."
    )
    assert countries_of(event_at(r, "attacked").actors) == {"PHL"}


def test_a_quoted_pronoun_after_a_bare_person_noun_is_not_the_person_named_before() -> None:
    (r,) = run_texts(
        "The Dutch justice minister, Karin Visser, said that 12 people were hurt.\n\n"
        'The mayor told NOS radio that "the driver shot at the crowd, said the officers who '
        'killed him."'
    )
    assert countries_of(event_at(r, "killed").recipients) == set()
