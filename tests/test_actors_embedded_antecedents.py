"""A pronoun outside a subordinate clause of its sentence passes over a person named only
inside that clause (actors.embedded_antecedents)."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_pronoun_gender import linked_to


def test_a_name_inside_an_adverbial_clause_yields_to_the_main_clause() -> None:
    (r,) = run_texts(
        "Governor Scott Walker spoke in Madison on Monday. Walker's calm answer as he stood "
        "beside Donald Trump drew praise in his home state."
    )
    assert linked_to(r, "his") == "Scott Walker"


def test_a_name_inside_a_comparison_clause_yields_to_the_subject() -> None:
    (r,) = run_texts(
        "Mr. Trump has broken more rules than Mr. Perot did, from his plan to build a wall "
        "to his attacks on the press."
    )
    assert linked_to(r, "his") == "Donald Trump"


def test_the_nearest_person_stays_when_the_sentence_names_no_one_outside() -> None:
    (r,) = run_texts(
        "Senator Mark Cole spoke on Monday. After Senator Tom Reed met Governor Bill Hale, "
        "Reed praised him."
    )
    assert linked_to(r, "him") == "Bill Hale"
