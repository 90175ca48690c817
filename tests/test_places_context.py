"""Where a news agency is based says nothing of where its story happens, and a city that NER
swallowed into a time ("shelled Homs overnight") is still found."""

from __future__ import annotations

from tests.conftest import run_texts


def _countries(text: str, name: str) -> list[str | None]:
    result = run_texts(text)[0]
    return [p.country for p in result.places if p.evidence.text == name]


def test_agency_country_does_not_pick_a_namesake_town() -> None:
    text = "AMMAN (AP) -- Peace talks on Syria resume on Thursday in Geneva, diplomats said."
    assert _countries(text, "Geneva") == ["CHE"]


def test_city_before_a_time_word_is_a_place() -> None:
    text = "BEIRUT (AP) -- Syrian rebels shelled Aleppo overnight, killing four people."
    assert _countries(text, "Aleppo") == ["SYR"]
