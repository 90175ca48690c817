"""An act told by a prepositional verb is aimed at whom its own preposition governs."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import run_texts


def _event(result: ArticleResult, lemma_start: str) -> Event:
    return next(e for e in result.events if e.trigger.text.startswith(lemma_start))


def _names(event: Event) -> set[str]:
    return {p.name for p in event.recipients}


def test_going_after_a_rival_is_criticism_aimed_at_the_rival() -> None:
    (r,) = run_texts("Governor Newsom went after Ron DeSantis on Thursday.")
    event = _event(r, "went after")
    assert event.type == "ACCUSE" and "Ron DeSantis" in _names(event)


def test_the_tables_turning_on_a_senator_keeps_the_criticism_told_after() -> None:
    (r,) = run_texts(
        "The tables turned on Senator Kaine, who was lambasted by Governor Youngkin as weak."
    )
    assert "ACCUSE" in [e.type for e in r.events]


def test_breaking_with_a_leader_cuts_ties_with_the_leader() -> None:
    (r,) = run_texts("Governor Hogan broke with Ron DeSantis over the vaccine rules.")
    event = _event(r, "broke with")
    assert (event.type, event.cameo) == ("SANCTION", "160") and "Ron DeSantis" in _names(event)


def test_breaking_with_tradition_is_no_act() -> None:
    (r,) = run_texts("The school broke with tradition this year.")
    assert not r.events


def test_distancing_oneself_from_a_candidate_cuts_ties_with_the_candidate() -> None:
    (r,) = run_texts("Senator Murkowski distanced herself from Ron DeSantis.")
    event = _event(r, "distanced")
    assert (event.type, event.cameo) == ("SANCTION", "160") and "Ron DeSantis" in _names(event)


def test_blowing_oneself_up_is_a_suicide_bombing_not_property_destroyed() -> None:
    (r,) = run_texts("An Afghan man blew himself up outside a hotel in Kabul.")
    blown = [e for e in r.events if e.trigger.text.startswith("blew")]
    assert [(e.type, e.cameo) for e in blown] == [("ASSAULT", "1831")]
