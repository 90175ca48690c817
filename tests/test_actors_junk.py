"""Names NER finds that are no actors, and names an analyst would write (actors round 6)."""

from __future__ import annotations

from tests.conftest import run_texts


def names(text: str) -> list[str]:
    (r,) = run_texts(text)
    return [a.name for a in r.actors]


def test_promotion_lines_and_handles_are_not_actors() -> None:
    found = names(
        "Senator Mary Hale criticized the plan on Tuesday.\n\n"
        "Follow Daily Courier reporter Tom Brandt on Twitter at @tbrandt."
    )
    assert "Mary Hale" in found
    assert not {"Tom Brandt", "@tbrandt", "Twitter", "Follow Daily Courier"} & set(found)


def test_a_title_case_headline_is_not_one_long_name() -> None:
    found = names(
        "Denver Bank Robbery Suspect Named By Police\n\nPolice on Friday named the suspect."
    )
    assert not [n for n in found if "Named" in n]
    assert "Police" in found


def test_a_social_platform_is_no_person() -> None:
    found = names("Donald Trump attacked Jeb Bush on Twitter.")
    assert {"Donald Trump", "Jeb Bush"} <= set(found)
    assert "Twitter" not in found


def test_a_name_after_a_possessive_is_the_person_alone() -> None:
    found = names("On Monday, Politico’s Joel Pollak said the senator had lied.")
    assert "Joel Pollak" in found
    assert not [n for n in found if "’s Joel" in n]


def test_a_title_with_an_of_phrase_is_one_person() -> None:
    found = names("The Secretary of State met the foreign minister of Egypt on Monday.")
    assert "The Secretary of State" in found
    assert "State" not in found
