"""A denial that names no accuser ("X denied that its troops ...") in a story about two states
is aimed at the other state; a third state's denial stays without a target."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts

ROW = (
    "ASMARA (Reuters) - Djibouti accused Eritrea on Monday of shelling its border posts. "
    "Eritrean officials said Djibouti had attacked first. Djibouti's army said Eritrean troops "
    "had seized a hill. Djibouti recalled its ambassador from Eritrea. "
)


def _denied(text: str) -> Event:
    (r,) = run_texts(ROW + text, date="2008-06-10")
    return next(e for e in r.events if e.trigger.text == "denied")


def test_one_sides_bare_denial_answers_the_other() -> None:
    denied = _denied("Eritrea's government has denied that its troops crossed the border.")
    assert {p.country for p in denied.actors} == {"ERI"}
    assert {p.country for p in denied.recipients} == {"DJI"}


def test_a_third_states_denial_answers_no_one() -> None:
    denied = _denied("Washington denied that American advisers were at the front.")
    assert not denied.recipients
