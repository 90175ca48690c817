"""A relative named after a kin noun shares the country of the person whose kin they are,
but not their office: family is no office."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama rarely spoke of his cousin Walter. Walter criticized the senator often.",
        "Barack Obama's cousin Walter criticized the senator on Monday.",
    ],
)
def test_a_named_relative_takes_the_country_not_the_office(text: str) -> None:
    (result,) = run_texts(text, date="2016-01-04")
    walter = next(a for a in result.actors if a.name == "Walter")
    assert walter.country is not None and walter.country.value == "USA"
    assert walter.sector is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Bob Dole, whose daughter was kidnapped in Peru, spoke on Monday.", "kidnapped"),
        ("Rebels freed Chancellor Helmut Kohl, whose nephew was detained in May.", "detained"),
    ],
)
def test_a_relative_after_whose_is_the_owners_and_the_harms_target(text: str, trigger: str) -> None:
    """ "X, whose daughter was kidnapped": the daughter is X's, of X's country, and is the one
    the harm was done to, as in "X's daughter was kidnapped"."""
    (result,) = run_texts(text, date="1996-01-04")
    (harm,) = [e for e in result.events if e.trigger.text == trigger]
    (victim,) = harm.recipients
    assert victim.name.endswith(("'s daughter", "'s nephew"))
    assert victim.country is not None and victim.sector is None


def test_a_relative_named_by_the_kin_noun_alone_is_the_one_named_after_it() -> None:
    """ "great-uncle Marc Joseph, an American citizen" ... "Pedro's great-uncle": the
    great-uncle told once by name keeps that name's told country, not the boy's homeland."""
    text = (
        "MIAMI (AP) -- Pedro Diaz, a Haitian boy, has lived in Miami since March. A state judge "
        "on Monday refused to name great-uncle Marc Joseph, an American citizen, as the boy's "
        "guardian. Pedro's great-uncle vowed to appeal the ruling."
    )
    (result,) = run_texts(text, date="2000-03-06")
    (vow,) = [e for e in result.events if e.trigger.text == "vowed"]
    assert [(a.name, a.country) for a in vow.actors] == [("Pedro's great-uncle", "USA")]
