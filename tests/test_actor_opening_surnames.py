"""A known person's surname that opens a sentence is that person even where the tagger reads
it as a common word ("Sanders" as the plural of "sander"); a surname the article also writes
in lower case as a common word stays a word."""

from __future__ import annotations

from .conftest import run_texts


def _people(text: str, date: str) -> set[tuple[str, str | None, str | None]]:
    (result,) = run_texts(text, date=date)
    return {(a.name, a.country_code, a.sector_code) for a in result.actors}


def test_an_opening_surname_read_as_a_plural_noun_is_the_person() -> None:
    text = "Sanders criticized the trade deal at a rally in Ohio on Tuesday."
    names = {name for name, _, _ in _people(text, "2016-03-08")}
    assert "Bernie Sanders" in names
    assert "Sanders" not in names


def test_the_person_acts_in_the_event() -> None:
    (result,) = run_texts("Sanders criticized Clinton at a rally on Tuesday.", date="2016-03-08")
    sources = {a.name for e in result.events for a in e.actors}
    assert "Bernie Sanders" in sources


def test_a_surname_the_article_writes_as_a_common_word_stays_a_word() -> None:
    text = "Rice prices rose in March. Farmers said rice stocks were low after the floods."
    assert not any("Rice" in name and " " not in name for name, _, _ in _people(text, "2016-03-08"))
