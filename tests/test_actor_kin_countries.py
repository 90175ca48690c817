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
