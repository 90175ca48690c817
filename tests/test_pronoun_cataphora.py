"""A pronoun placed before the name it means: a possessive or subject pronoun in a phrase or
clause fronted before the sentence's main subject is that subject when gender agrees, not the
person of the sentence before; with a name before it, or a gender that does not fit, it still
looks back."""

from __future__ import annotations

from tests.conftest import doer_names, run_texts

LEAD = "Senator Tom Reed praised the budget deal on Monday.\n\n"


def _person_meant(text: str, pronoun: str) -> str | None:
    """The name of the actor the last mention spelled `pronoun` is linked to."""
    (result,) = run_texts(text)
    mention = [m for m in result.mentions if m.evidence.text == pronoun][-1]
    return next((a.name for a in result.actors if a.id == mention.actor_id), None)


def test_a_possessive_in_a_fronted_phrase_is_the_main_subject() -> None:
    text = LEAD + "In her speech on Tuesday, Governor Anna Hart criticized the unions."
    assert _person_meant(text, "her") == "Anna Hart"
    assert doer_names(text, "criticized") == ["Anna Hart"]


def test_a_possessive_in_a_fronted_participle_clause_is_the_main_subject() -> None:
    text = LEAD + "Announcing his bid for the Senate, Governor Paul Hart criticized the unions."
    assert _person_meant(text, "his") == "Paul Hart"


def test_a_pronoun_of_the_other_gender_still_looks_back() -> None:
    text = LEAD + "In his speech on Tuesday, Governor Anna Hart criticized the unions."
    assert _person_meant(text, "his") == "Tom Reed"


def test_a_possessive_after_a_name_in_the_fronted_clause_still_looks_back() -> None:
    text = LEAD + "After Mayor Carl Dunn attacked his record, Governor Paul Hart left the room."
    assert _person_meant(text, "his") != "Paul Hart"


def test_a_possessive_after_a_noun_subject_in_its_own_clause_is_not_the_main_subject() -> None:
    text = LEAD + "As the coach read his statement, Governor Paul Hart left the room."
    assert _person_meant(text, "his") != "Paul Hart"


def test_a_subject_pronoun_with_another_fitting_person_after_still_looks_back() -> None:
    text = (
        "Mayor Lisa Dunn opened a clinic on Monday.\n\n"
        "When she ran for the Senate, Governor Anna Hart attacked Mayor Dunn."
    )
    assert _person_meant(text, "she") != "Anna Hart"
