"""A known person whom no state claims on the article's day has no country, unless the text
gives one: the table's nationality is of the day, as its countries are."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_known_person_stripped_of_citizenship_has_no_country() -> None:
    (r,) = run_texts(
        "CAIRO, Egypt (AP) _ Osama bin Laden threatened the United States on Monday.",
        date="1998-08-24",
    )
    (source,) = event_at(r, "threatened").actors
    assert "Laden" in str(source.name) and source.country is None


def test_the_text_calling_him_by_a_nationality_still_gives_it() -> None:
    (r,) = run_texts(
        "Police questioned a man who met Saudi exile Osama bin Laden. Bin Laden denied any role.",
        date="1998-08-24",
    )
    assert countries_of(event_at(r, "denied").actors) == {"SAU"}


def test_before_his_citizenship_was_taken_he_keeps_it() -> None:
    (r,) = run_texts("Osama bin Laden threatened the United States on Monday.", date="1992-03-02")
    assert countries_of(event_at(r, "threatened").actors) == {"SAU"}
