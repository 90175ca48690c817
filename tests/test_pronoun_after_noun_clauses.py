"""A main-clause "he" after a sentence whose last subject stands in a clause completing or
describing a noun ("the view that Baker is weak", "Trump, who said a judge was biased") goes on
with that sentence's main subject, not the clause's."""

from __future__ import annotations

from tests.conftest import run_texts


def _doers(text: str, trigger: str) -> list[str]:
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date="2016-04-20")
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.actors]


def test_he_after_a_noun_clause_is_the_main_subject() -> None:
    text = (
        "Oregon rancher Walter Ostrowski says voters do not know the man. Ostrowski is a "
        "veteran on a crusade against the belief that Mitch McConnell is corrupt. He rejects "
        "claims that McConnell took bribes."
    )
    assert _doers(text, "rejects") == ["Walter Ostrowski"]


def test_he_after_a_relative_clause_is_the_main_subject() -> None:
    text = (
        "Donald Trump, who said last week that a Mexican-American judge was biased against "
        "him, issued a statement Tuesday. He added that he would fight the ruling."
    )
    assert _doers(text, "fight") == ["Donald Trump"]


def test_he_after_a_relative_clause_of_an_object_is_the_main_subject() -> None:
    text = (
        "Senator Harry Reid praised Bernie Sanders, who said Donald Trump was a liar. He "
        "later accused Hillary Clinton of lying about emails."
    )
    assert _doers(text, "accused") == ["Harry Reid"]


def test_he_after_a_reported_clause_is_still_the_reporter() -> None:
    text = (
        "Senator Harry Reid said Mitch McConnell should resign. He later accused "
        "McConnell of lying."
    )
    assert _doers(text, "accused") == ["Harry Reid"]
