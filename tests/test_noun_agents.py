"""Whose act an infinitive on a noun is when a "by" or "of" party names the noun's doer."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import countries_of, run_texts


def _event(result: ArticleResult, trigger: str) -> Event:
    return next(e for e in result.events if e.trigger.text == trigger)


def test_the_by_party_of_a_decision_does_its_infinitive() -> None:
    (decision,) = run_texts(
        "The decision by Senator Elizabeth Warren to endorse Hillary Clinton surprised nobody."
    )
    endorsed = _event(decision, "endorse")
    assert [p.name for p in endorsed.actors] == ["Elizabeth Warren"]
    assert [p.name for p in endorsed.recipients] == ["Hillary Clinton"]


def test_the_of_party_of_a_willingness_does_its_infinitive() -> None:
    (willing,) = run_texts(
        "The willingness of the Mexican president to meet Donald Trump angered his critics."
    )
    met = _event(willing, "meet")
    assert countries_of(met.actors) == {"MEX"}
    assert [p.name for p in met.recipients] == ["Donald Trump"]


def test_the_of_object_of_an_act_noun_is_not_its_doer() -> None:
    (arrest,) = run_texts("The arrest of the protesters to silence critics drew condemnation.")
    assert all(not e.actors for e in arrest.events if e.trigger.text == "arrest")
