"""One person named several ways is one actor: by given names ("Pedro Luis" after "Pedro Luis
Ortega") and by a kin noun in apposition to the name ("Tomas's father, Pedro Luis"), so that the
country the text tells under one name codes every mention."""

from __future__ import annotations

from .conftest import run_texts

TEXT = (
    "MIAMI (AP) -- Pedro Luis Ortega wants to return to Venezuela with his son. "
    "Tomas's father, Pedro Luis, wrote to the judge on Monday. "
    "Pedro Luis criticized the relatives."
)


def _people(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2000-02-24")
    return {a.name: a.country_code for a in result.actors if a.type == "person"}


def test_given_names_and_an_apposed_kin_noun_are_the_full_name() -> None:
    people = _people(TEXT)
    assert people["Pedro Luis Ortega"] == "VEN"
    assert "Pedro Luis" not in people and "Tomas's father" not in people


def test_a_kin_noun_after_the_name() -> None:
    text = "MIAMI (AP) -- Pedro Luis Ortega, Tomas's father, wants to return to Venezuela."
    assert "Tomas's father" not in _people(text)


def test_given_names_shared_by_two_people_name_neither() -> None:
    text = (
        "MIAMI (AP) -- Pedro Luis Ortega met Pedro Luis Castillo on Monday. "
        "Pedro Luis criticized the relatives."
    )
    assert "Pedro Luis" in _people(text)
