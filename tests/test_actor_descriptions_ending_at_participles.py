"""A description after a name ends at a participle that opens a modifier of its head noun: "X,
a pollster working for the Lee campaign," is a pollster who works for the campaign, and the
words after the participle name whom the person works for, never what the person is."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2016-09-20"


def test_the_head_noun_before_a_participle_codes_the_person() -> None:
    text = "Tom Harlan, a pollster working for the Lee campaign, accused Senator Kim of lying."
    assert actor_sector(text, "Tom Harlan", DATE) == "PTY"


def test_a_participle_object_is_not_the_persons_title() -> None:
    text = "Tom Harlan, a teacher living near the army base, accused the mayor of lying."
    assert actor_sector(text, "Tom Harlan", DATE) == "EDU"


def test_a_participle_object_is_no_office_of_the_person() -> None:
    text = "Tom Harlan, a lawyer representing the police union, accused the mayor of lying."
    assert actor_sector(text, "Tom Harlan", DATE) != "COP"


def test_a_participle_right_after_the_comma_describes_no_one() -> None:
    text = "Tom Harlan, speaking for the army, accused the mayor of lying."
    assert actor_sector(text, "Tom Harlan", DATE) is None


def test_a_participle_telling_what_the_person_became_keeps_no_earlier_role() -> None:
    text = "Tom Harlan, a rebel leader turned president, accused the United States of lying."
    assert actor_sector(text, "Tom Harlan", DATE) != "REB"
