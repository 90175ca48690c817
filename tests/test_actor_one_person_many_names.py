"""One person named several ways is one actor: by given names ("Pedro Luis" after "Pedro Luis
Ortega"), so that the country the text tells under the full name codes every mention."""

from __future__ import annotations

from .conftest import run_texts

TEXT = (
    "MIAMI (AP) -- Pedro Luis Ortega wants to return to Venezuela with his son. "
    "Pedro Luis wrote to the judge on Monday."
)


def _people(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2000-02-24")
    return {a.name: a.country_code for a in result.actors if a.type == "person"}


def test_given_names_of_several_words_are_the_full_name() -> None:
    people = _people(TEXT)
    assert people["Pedro Luis Ortega"] == "VEN"
    assert "Pedro Luis" not in people


def test_given_names_shared_by_two_people_name_neither() -> None:
    text = (
        "MIAMI (AP) -- Pedro Luis Ortega met Pedro Luis Castillo on Monday. "
        "Pedro Luis criticized the relatives."
    )
    assert "Pedro Luis" in _people(text)
