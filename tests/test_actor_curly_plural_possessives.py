"""A curly apostrophe after a word in "s" makes it an owner ("Reuters’ Luciana Lopez"), as a
curly "’s" does ("CNN’s Dana Bash"): the outlet before it employs the reporter after it."""

from __future__ import annotations

from .conftest import run_texts


def _sectors(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2016-02-10")
    return {a.name: a.sector.value if a.sector else None for a in result.actors}


def test_an_outlet_owning_a_reporter_with_a_curly_mark_makes_them_media() -> None:
    sectors = _sectors("Reuters’ Luciana Lopez argued that the plan was naive.")
    assert sectors["Luciana Lopez"] == "MED"


def test_an_outlet_name_of_two_words_owns_the_reporter_too() -> None:
    sectors = _sectors(
        "Breitbart News’ Michael Patrick Leahy reported that the foundation refused to talk."
    )
    assert sectors["Michael Patrick Leahy"] == "MED"
