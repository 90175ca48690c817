"""A warning that another party is the danger accuses that party; a warning of the warner's
own act stays a threat, aimed at the one warned."""

from __future__ import annotations

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    (r,) = run_texts(text, date="2016-05-02")
    return [
        (e.type, [a.name for a in e.actors], [a.name for a in e.recipients])
        for e in r.events
        if e.trigger.text.lower().startswith("warn")
    ]


def test_a_warning_about_a_party_accuses_that_party() -> None:
    events = _events("The mayor warned voters about the gangs from the north.")
    assert events == [("ACCUSE", ["The mayor"], ["the gangs"])]


def test_a_warning_against_a_force_accuses_it() -> None:
    events = _events("The chancellor warned against the forces of hatred rising in the country.")
    assert [(t, targets) for t, _, targets in events] == [("ACCUSE", ["forces of hatred"])]


def test_a_warning_that_a_named_state_is_a_danger_accuses_it() -> None:
    text = "Senator Lindsey Graham warned that North Korea is ruled by a reckless tyrant."
    assert [(t, targets) for t, _, targets in _events(text)] == [("ACCUSE", ["North Korea"])]


def test_a_warning_that_someone_is_a_threat_accuses_him() -> None:
    text = "The agency was warned by the German government that Michael Brandt was a danger."
    assert _events(text) == [("ACCUSE", ["German government"], ["Michael Brandt"])]


def test_a_warning_of_the_warners_own_strikes_stays_a_threat() -> None:
    events = _events("The president warned Syria of air strikes if it uses chemical weapons.")
    assert [(t, targets) for t, _, targets in events] == [("THREATEN", ["Syria"])]


def test_a_warning_about_a_country_in_decline_accuses_no_one() -> None:
    assert not any(t == "ACCUSE" for t, _, _ in _events("She warned about a Europe in decline."))


def test_a_warning_against_a_course_of_action_is_advice() -> None:
    assert _events("The senator warned against treating the poll as a verdict.") == []
