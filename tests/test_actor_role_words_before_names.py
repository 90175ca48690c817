"""A private person's role capitalised at the start of a sentence ("Lawyer ... said") is no part
of their name: the actor is named by the name alone, so later surnames and descriptions meet it."""

from __future__ import annotations

from tests.conftest import run_texts


def _names(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-10")
    return [a.name for a in result.actors]


def test_a_capitalised_private_role_is_cut_from_the_name() -> None:
    names = _names("Investor Dagny Rourke sued the city. Rourke said the tax was illegal.")
    assert "Dagny Rourke" in names
    assert not any(name.startswith("Investor") for name in names)


def test_a_capitalised_role_after_the_name_stays_a_surname() -> None:
    assert "Wilma Banker" in _names("Wilma Banker criticized the mayor on Monday.")
