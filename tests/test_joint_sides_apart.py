"""A joint act of several states' leaders aimed at a party of one of those states keeps it."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import countries_of, run_texts


def _event(result: ArticleResult, trigger: str) -> Event:
    return next(e for e in result.events if e.trigger.text == trigger)


def test_leaders_taking_turns_each_do_the_act_and_keep_its_target() -> None:
    (turns,) = run_texts(
        "On Friday the leaders of the United States, Canada and Mexico took turns criticizing "
        "Donald Trump's immigration plans.",
        date="2016-07-01",
    )
    criticized = _event(turns, "criticizing")
    assert countries_of(criticized.actors) == {"USA", "CAN", "MEX"}
    assert [p.name for p in criticized.recipients] == ["Donald Trump"], (
        "a candidate is another party than the leader of his own country"
    )
