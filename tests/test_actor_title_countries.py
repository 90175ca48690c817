"""A title standing for a person takes the country of a state or province it names, as it
takes a country it names: "the Ohio attorney general" is American in any article."""

from __future__ import annotations

import pytest

from tests.conftest import named_actor, run_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kansas attorney general sued the charity for fraud.", "The Kansas attorney general"),
        ("The attorney general of the state of Kansas sued the charity.", "The attorney general"),
    ],
)
def test_a_title_naming_a_state_is_that_states_countrys(text: str, name: str) -> None:
    (result,) = run_texts(text, date="2016-06-20")
    actor = named_actor(result, name)
    assert actor.country is not None and actor.country.value == "USA"
