"""A person "of" a body whose name holds a hyphenated demonym ("Cuban-American") takes the
whole word's country, not the first half's: the words read after "of" end with a whole word."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_spokeswoman_of_a_cuban_american_group_is_american() -> None:
    text = "It is a sad day, said Marta Diaz of the Miami-based Cuban-American Heritage League."
    assert actor_codes(text, "Marta Diaz", "1999-12-01")[0] == "USA"


def test_a_person_of_a_body_named_with_a_plain_demonym_keeps_it() -> None:
    text = "It is a sad day, said Marta Diaz of the Havana-based Cuban Heritage League."
    assert actor_codes(text, "Marta Diaz", "1999-12-01")[0] == "CUB"
