"""A country that a description names as the subject of a person's work (an adviser on it, an
expert on it) is not the person's country; a demonym or a lone national name still is."""

from __future__ import annotations

from tests.conftest import actor_codes

WASHINGTON = "WASHINGTON (AP) _ "


def test_an_adviser_on_a_country_is_the_employers_not_that_countrys() -> None:
    text = WASHINGTON + "The talks will fail, said Tom Reed, a former White House adviser on Iran."
    assert actor_codes(text, "Tom Reed", "1997-05-01")[0] == "USA"


def test_an_expert_on_a_country_at_a_us_department_is_american() -> None:
    text = "The plan failed, said John Carter, a State Department expert on Iraq."
    assert actor_codes(text, "John Carter", "1998-06-01")[0] == "USA"


def test_a_country_compounded_after_the_employer_is_the_subject() -> None:
    text = WASHINGTON + "No deal, said Ann Lowe, a former State Department Cuba analyst."
    assert actor_codes(text, "Ann Lowe", "1996-03-01")[0] == "USA"


def test_a_demonym_before_the_subject_still_gives_the_nationality() -> None:
    text = "The plan failed, said Pavel Mirov, a Bulgarian expert on Russia."
    assert actor_codes(text, "Pavel Mirov", "1998-06-01")[0] == "BGR"


def test_a_lone_national_name_before_the_role_is_the_persons() -> None:
    text = "The plan failed, said John Carter, a U.S. adviser."
    assert actor_codes(text, "John Carter", "1998-06-01")[0] == "USA"
