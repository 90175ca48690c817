"""Words the parse says are no actor's name: a verb NER tagged as a person, a person's name
that names a building after them, a demonym that only names a language inside a compound
adjective, and a chunk of a hyphenated modifier; a country misspelt by two swapped letters
is still the country."""

from __future__ import annotations

from tests.conftest import run_texts


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    (result,) = run_texts(text, date="2004-06-01")
    return {a.name: (a.type.value, a.country_code) for a in result.actors}


def test_a_lower_case_verb_after_a_title_is_no_person() -> None:
    names = _actors("The Peruvian trade minister snapped back on Friday at the critics.")
    assert "snapped" not in names


def test_a_building_named_for_a_person_is_not_that_person() -> None:
    names = _actors("At the Dwight Eisenhower Library in Abilene, the envoys signed the pact.")
    assert not any("Eisenhower" in name for name in names)


def test_a_person_named_bare_is_still_found() -> None:
    assert "Dwight Eisenhower" in _actors("Dwight Eisenhower met the envoys in Abilene.")


def test_a_demonym_hyphened_to_language_is_no_country() -> None:
    names = _actors("Callers jammed the French-language radio stations of Montreal all night.")
    assert "France" not in names


def test_a_demonym_before_troops_is_still_the_country() -> None:
    assert _actors("French troops patrolled the border.")["French troops"][1] == "FRA"


def test_a_hyphenated_modifier_stays_whole_in_a_pronouns_group() -> None:
    names = _actors("The lawsuit has torn apart her once tight-knit family, Maria Lopez said.")
    assert "knit family" not in names and "tight-knit family" in names


def test_a_country_with_two_letters_swapped_is_the_country() -> None:
    names = _actors("The minister called Rmoania's entry into the alliance a homecoming.")
    assert names.get("Romania") == ("country", "ROU") and "Rmoania" not in names


def test_a_given_name_one_letter_off_a_country_is_no_country() -> None:
    names = _actors("Her daughter, Georgina, said the family would stay in Miami.")
    assert "Georgia" not in names


def test_two_coordinated_countries_make_no_group_of_the_second_ones_last_word() -> None:
    (result,) = run_texts(
        "In 1985, France and Soviet Union signed a trade pact.", date="1988-06-01"
    )
    named = {m.evidence.text: m.actor_id for m in result.mentions}
    actors = {a.id: a for a in result.actors}
    assert actors[named["France"]].type.value == "country"
