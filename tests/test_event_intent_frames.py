"""Acts set ahead by an intent frame: a government weighing, mulling or contemplating a
measure plans it; a leader "due in" a capital is on a planned visit, and so are the talks the
trip is for; a union calling a strike, walkout or days of protest announces it (planned)."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, Modality, str]]:
    (result,) = run_texts(text, date="2022-06-01")
    return [(e.type, e.modality, e.trigger.text) for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand is weighing sanctions against Belarusian officials.",
        "Brazil Mulls Sanctions on Venezuela",
        "The bloc is contemplating an arms embargo on Eritrea.",
    ],
)
def test_a_measure_weighed_is_planned(text: str) -> None:
    assert [m for t, m, _ in _events(text) if t == "SANCTION"] == [Modality.PLANNED]


def test_a_measure_imposed_occurred() -> None:
    text = "New Zealand imposed sanctions on Belarusian officials on Monday."
    assert [m for t, m, _ in _events(text) if t == "SANCTION"] == [Modality.OCCURRED]


def test_a_leader_due_in_a_capital_visits_it_ahead() -> None:
    text = "Malaysia's premier was due in Jakarta on Friday for talks with Indonesian ministers."
    found = _events(text)
    assert ("CONSULT", Modality.PLANNED, "due in") in found
    assert ("CONSULT", Modality.PLANNED, "talks") in found


def test_a_leader_in_a_capital_for_talks_held_them() -> None:
    text = "Malaysia's premier was in Jakarta on Friday for talks with Indonesian ministers."
    assert ("CONSULT", Modality.OCCURRED, "talks") in _events(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Portuguese teachers' unions called a strike for Thursday.", "strike"),
        ("Belgian rail unions called two more days of strikes on Tuesday.", "strikes"),
        ("Dock Unions Call Walkout in Chile", "Walkout"),
    ],
)
def test_a_strike_called_is_a_planned_protest(text: str, trigger: str) -> None:
    found = _events(text)
    assert ("PROTEST", Modality.PLANNED, trigger) in found
    assert not [t for t, _, _ in found if t == "REQUEST"]


def test_calling_for_a_strike_stays_a_request() -> None:
    text = "The Portuguese opposition called for a general strike."
    assert [t for t, _, _ in _events(text)] == ["REQUEST"]


def test_what_a_joint_act_is_for_is_coded_too() -> None:
    text = "Chile said it would work with Peru to impose sanctions on the junta."
    found = _events(text)
    assert ("COOPERATE", Modality.PLANNED, "work") in found
    assert ("SANCTION", Modality.PLANNED, "sanctions") in found


def test_an_act_noun_in_a_purpose_clause_shares_its_plan() -> None:
    text = "Ghana will name a mediator to hold talks with Togolese rebels."
    assert ("CONSULT", Modality.PLANNED, "talks") in _events(text)


def test_requisitioning_workers_coerces_them() -> None:
    text = "The Spanish government requisitioned striking air traffic controllers on Friday."
    assert [t for t, _, _ in _events(text)] == ["COERCE"]
