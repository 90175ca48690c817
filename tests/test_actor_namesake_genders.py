"""A known person matched by surname alone is someone else where the pronouns resolved to the
actor tell the other gender, twice and never this one (actors.namesake_genders)."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_surname_called_she_twice_is_not_the_known_man() -> None:
    text = (
        "The talk show ran long on Tuesday. Menendez asked the guests about the budget, "
        "and she said she would return to the topic next week."
    )
    assert actor_codes(text, "Menendez", "2016-04-08")[1] != "LEG"


def test_one_stray_pronoun_keeps_the_known_person() -> None:
    text = "Menendez criticised the deal on Tuesday, and he asked for a vote."
    assert actor_codes(text, "Menendez", "2016-04-08") == ("USA", "LEG")
