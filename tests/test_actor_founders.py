"""Founding a body is a past act, not an office in it: "X, the founder of Y" with no title of
their own takes no sector from Y, known or not; a founder who also holds a title there
("founder and chairman of Y") takes Y's sector through that title."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2016-05-02"


def test_the_founder_of_a_known_body_takes_no_sector_from_it() -> None:
    text = "Tom Harlan, the founder of Human Rights Watch, criticized the trade plan."
    assert actor_sector(text, "Tom Harlan", DATE) is None


def test_the_founder_of_an_unknown_body_takes_no_sector_from_it() -> None:
    text = "Tom Harlan, co-founder of Harlan Capital Partners, criticized the trade plan."
    assert actor_sector(text, "Tom Harlan", DATE) is None


def test_a_founder_who_also_chairs_the_body_takes_its_sector() -> None:
    text = "Tom Harlan, founder and chairman of Harlan Capital, criticized the trade plan."
    assert actor_sector(text, "Tom Harlan", DATE) == "BUS"


def test_the_director_of_a_known_body_takes_its_sector() -> None:
    text = "Tom Harlan, the director of Human Rights Watch, criticized the trade plan."
    assert actor_sector(text, "Tom Harlan", DATE) == "NGO"
