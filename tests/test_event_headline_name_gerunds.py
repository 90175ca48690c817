"""A title-case headline verb before a surname the tagger reads as a gerund ("Fires Pilling")
is still the headline's act, done by the name before it to the story's person, named once."""

from __future__ import annotations

from .conftest import run_texts


def test_headline_verb_before_an_ing_surname_is_coded_once_per_side() -> None:
    text = (
        "ESPN Fires Pilling Over an Offensive Post.\n\nSarah Pilling, a host on ESPN, was"
        " fired from the network on Friday after a post she shared. Pilling had worked there"
        " since 2012, and Pilling said she would appeal.\n"
    )
    (result,) = run_texts(text)
    line_end = text.index("\n")
    headline = [e for e in result.events if e.trigger.start < line_end]
    assert [e.type for e in headline] == ["SANCTION"]
    assert [a.name for a in headline[0].recipients] == ["Sarah Pilling"]
