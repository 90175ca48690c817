"""A title the role finder reads ("the billionaire businessman") names the one person in the
article the known descriptions table knows by its noun, as "the billionaire" already did."""

from __future__ import annotations

from tests.conftest import run_texts


def test_the_businessman_in_a_2016_story_naming_trump_is_trump() -> None:
    (r,) = run_texts(
        "Jeb Bush spoke in Iowa on Monday about Donald Trump. On Tuesday, the billionaire "
        "businessman criticized Bush for his record on trade.",
        date="2016-01-12",
    )
    event = next(e for e in r.events if e.trigger.text == "criticized")
    assert [p.name for p in event.actors] == ["Donald Trump"]


def test_a_businessman_named_in_the_story_keeps_the_title() -> None:
    (r,) = run_texts(
        "Businessman Carl Rowe spoke in Iowa on Monday about Donald Trump. On Tuesday, the "
        "businessman criticized the governor for his record on trade.",
        date="2016-01-12",
    )
    event = next(e for e in r.events if e.trigger.text == "criticized")
    assert [p.name for p in event.actors] != ["Donald Trump"]
