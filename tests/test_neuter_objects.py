"""An object "it" after a verb that has its own object stands for that object when it names a
body or a state: "criticized Japan, accusing it of ..." is aimed at Japan."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import countries_of, run_texts


def _event(result: ArticleResult, trigger: str) -> Event:
    return next(e for e in result.events if e.trigger.text == trigger)


def test_participle_it_stands_for_the_state_just_named() -> None:
    (result,) = run_texts(
        "The Korean foreign minister has called Japan reckless, accusing it of stoking "
        "tension in the region.",
        date="2015-03-02",
    )
    accusing = _event(result, "accusing")
    assert countries_of(accusing.recipients) == {"JPN"}


def test_coordinated_it_stands_for_the_body_just_named() -> None:
    (result,) = run_texts(
        "The state attorney general criticized Exxon Mobil on Monday and sued it.",
        date="2016-05-02",
    )
    assert [p.name for p in _event(result, "sued").recipients] == ["Exxon Mobil"]


def test_it_for_a_thing_names_no_party() -> None:
    (result,) = run_texts(
        "Ukraine's parliament debated the budget. The ministry criticized the plan, calling "
        "it a disaster.",
        date="2016-05-02",
    )
    assert _event(result, "calling").recipients == []
