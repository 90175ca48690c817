"""A text that speaks for its author (an article, a column, an ad) and attacks someone
criticises them (ACCUSE), as its author would; rebels attacking a convoy still assault it."""

from __future__ import annotations

from .conftest import event_types


def test_article_attacking_a_person_is_criticism() -> None:
    assert event_types("Novak's column also attacked Senator Baldwin over the tax bill.") == [
        "ACCUSE"
    ]


def test_armed_attack_stays_an_assault() -> None:
    assert event_types("The rebels attacked the convoy near Bunia.") == ["ASSAULT"]
