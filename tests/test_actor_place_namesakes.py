"""A town named like a known politician ("near Warren", "Austin, in Lee County") is no one the
known-actor table lists; the politician called by surname alone stays that politician."""

from __future__ import annotations

from tests.conftest import run_texts


def _actors(text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date=date)
    return {a.name: (a.country_code, a.sector_code) for a in result.actors}


def test_a_town_after_place_prepositions_is_no_known_person() -> None:
    text = (
        "Homes near Tyler were destroyed on Sunday. "
        "Mark Jones, 54, of Tyler said the town would rebuild."
    )
    actors = _actors(text, "2016-01-10")
    assert "Rick Tyler" not in actors
    assert ("USA", "PTY") not in actors.values()


def test_a_town_in_another_story_is_no_known_person() -> None:
    text = (
        "Volunteers said they cleaned the park near Warren on Sunday. "
        "Anna Cole, 40, of Warren said the town was grateful."
    )
    assert "Elizabeth Warren" not in _actors(text, "2016-01-10")


def test_a_town_before_its_county_is_no_known_person() -> None:
    text = (
        "Austin, in Lee County, Texas, opened a new clinic on Monday. "
        "The clinic director said demand was high."
    )
    actors = _actors(text, "2022-05-02")
    assert "Lloyd Austin" not in actors


def test_a_surname_alone_as_a_person_keeps_the_known_name() -> None:
    text = "Warren criticized the bank's chief executive on Tuesday over the fees."
    assert _actors(text, "2016-04-12").get("Elizabeth Warren") == ("USA", "LEG")
