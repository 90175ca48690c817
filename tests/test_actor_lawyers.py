"""Lawyers in private practice are of the judiciary's sector, as CAMEO codes them (JUD); a
state's lawyers keep their office's."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_an_attorney_named_with_the_title_is_judiciary() -> None:
    text = "MIAMI (AP) - Attorney Walter Brandt said his clients would appeal the ruling."
    assert actor_codes(text, "Walter Brandt", "2000-05-01") == ("USA", "JUD")


def test_a_lawyer_in_apposition_is_judiciary() -> None:
    text = "DENVER (AP) - Rosa Whitfield, a lawyer for the family, said the suit would go ahead."
    assert actor_codes(text, "Rosa Whitfield", "2000-05-01") == ("USA", "JUD")


def test_an_attorney_general_keeps_the_government_sector() -> None:
    text = "DENVER (AP) - Attorney General Paul Ostrander said the state would not appeal."
    assert actor_codes(text, "Paul Ostrander", "2000-05-01")[1] == "GOV"
