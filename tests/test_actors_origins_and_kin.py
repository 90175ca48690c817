"""People the text says came from a country, and their kin, take that country over the article's
home default (countries28)."""

from __future__ import annotations

from tests.conftest import actor_country, run_texts


def test_a_person_who_came_fled_or_escaped_from_a_country_is_of_it() -> None:
    (r,) = run_texts(
        "ATLANTA (AP) - Ahmed Ali, 33, came to Clarkston from Iraq in 2011. Omar Haddad fled "
        "Syria in 2013 and now runs a shop. Ali criticized the governor."
    )
    assert [actor_country(r, n) for n in ("Ahmed Ali", "Omar Haddad")] == ["IRQ", "SYR"]


def test_a_person_smuggled_out_of_a_country_is_of_it() -> None:
    (r,) = run_texts(
        "MIAMI (AP) - Maria Lopez will stay in the United States, a court ruled Thursday. Her "
        "mother died trying to smuggle Lopez out of Cuba."
    )
    assert actor_country(r, "Maria Lopez") == "CUB"


def test_coming_home_or_from_a_city_says_no_origin() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - Sgt. John Miller came home from Iraq in 2008. Mexican diplomat "
        "Jorge Ruiz came to Washington from Ottawa on Monday. Mary Smith came from Georgia."
    )
    codes = [actor_country(r, n) for n in ("John Miller", "Jorge Ruiz", "Mary Smith")]
    assert codes == ["USA", "MEX", "USA"]


def test_kin_named_by_an_owned_noun_share_the_told_country() -> None:
    (r,) = run_texts(
        "MIAMI (AP) - Maria Lopez will stay in the United States, a court ruled Thursday. Her "
        "mother died trying to smuggle Lopez out of Cuba. Lopez's father asked the relatives "
        "to end the battle. Pedro Alvarez, who fled from Venezuela, spoke. Alvarez's wife "
        "praised the mayor."
    )
    assert [actor_country(r, n) for n in ("Lopez's father", "Alvarez's wife")] == ["CUB", "VEN"]


def test_kin_of_a_person_coded_only_by_the_home_keep_the_home() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - Senator John Reed met voters on Monday. Reed's wife criticized the "
        "governor. Hans Weber, a German banker, spoke later."
    )
    assert [actor_country(r, n) for n in ("Reed's wife", "Hans Weber")] == ["USA", "DEU"]
