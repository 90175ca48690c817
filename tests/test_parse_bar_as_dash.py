"""A horizontal bar spaced inside a sentence ("Rubio ― a rival ― accused") sets an aside off as
the dash it stands for, so the clause around it keeps its subject; a bar after a closing quote
signs the quote and stays, and every evidence still quotes the bar as written."""

from __future__ import annotations

from tests.conftest import run_texts

ASIDE = (
    "Senator Marco Rubio ― a rival of the governor for years ― accused Governor Chris "
    "Christie of lying about his record."
)


def test_a_bar_around_an_aside_keeps_the_subject() -> None:
    (result,) = run_texts(ASIDE, date="2016-05-02")
    accusations = [e for e in result.events if e.type == "ACCUSE"]
    assert accusations
    assert "Marco Rubio" in {a.name for e in accusations for a in e.actors}


def test_a_bar_before_a_relative_clause_keeps_the_demand() -> None:
    text = "The president ― who spoke in Ohio on Monday ― urged Congress to pass the bill."
    (result,) = run_texts(text, date="2016-05-02")
    assert any(e.type == "REQUEST" and e.actors for e in result.events)


def test_evidence_quotes_the_bar_as_written() -> None:
    (result,) = run_texts(ASIDE, date="2016-05-02")
    text = result.article.text
    assert "\u2015" in text
    for event in result.events:
        trigger = event.trigger
        assert text[trigger.start : trigger.end] == trigger.text


def test_a_bar_signing_a_quote_stays_a_signature() -> None:
    text = "“We will not back down from this fight.” ― Maria Lopez"
    (result,) = run_texts(text, date="2016-05-02")
    assert any(e.actors and e.actors[0].name == "Maria Lopez" for e in result.events)
