"""Whom a person works for, or the trade they ply, gives their sector: a body eventwire knows
named in the person's "of" phrase though NER tagged it no organisation ("Lena Park of The
Atlantic"), a contractor or a firm's owner (BUS), and a hyphenated title before the name
("Tribune Editor-in-Chief Ray Dunn", MED)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, actor_sector


def test_a_known_outlet_after_of_makes_the_person_its_journalist() -> None:
    text = "Lena Park of The Atlantic asked the senator whether he would resign."
    assert actor_codes(text, "Lena Park") == ("USA", "MED")


def test_a_known_name_inside_a_longer_phrase_is_no_employer() -> None:
    text = "Admiral Joe Kent of the Atlantic fleet said the navy fired on the boats."
    assert actor_sector(text, "Joe Kent") != "MED"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Tom Hale, a roofing contractor from Ohio, blamed the mayor.", "Tom Hale", "BUS"),
        ("The newspaper's new owner, Ben Cole, ordered a probe of the mayor.", "Ben Cole", "BUS"),
        ("Ann Roy, the owner of a bakery in Dallas, criticized the mayor.", "Ann Roy", "BUS"),
        ("In a statement, Tribune Editor-in-Chief Ray Dunn defended the paper.", "Ray Dunn", "MED"),
    ],
)
def test_a_trade_or_a_hyphenated_title_gives_the_sector(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


def test_a_backing_state_before_a_name_is_no_title() -> None:
    text = (
        "The Bolanian government said on Monday that the Soviet-backed Derg, a junta, "
        "overthrew Emperor Haile Selassie in Ethiopia."
    )
    assert actor_codes(text, "Derg")[0] != "RUS"
