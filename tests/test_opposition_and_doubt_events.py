"""Opposition held by someone is a rejection; doubt raised about someone is criticism of them."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_fierce_opposition_is_a_rejection_by_its_owner() -> None:
    (r,) = run_texts("Labour's fierce opposition sank the pension reform.")
    event = event_at(r, "opposition")
    assert event.type == "REJECT" and {p.sector for p in event.actors} == {"PTY"}


def test_opposition_from_a_senator_is_his_rejection() -> None:
    (r,) = run_texts("The tariff plan faced opposition from Senator Grassley.")
    event = event_at(r, "opposition")
    assert event.type == "REJECT" and {p.name for p in event.actors} == {"Chuck Grassley"}


def test_the_opposition_as_a_party_is_no_rejection() -> None:
    (r,) = run_texts("The united opposition won nine seats in the vote in Ghana.")
    assert "REJECT" not in [e.type for e in r.events]


def test_questions_raised_about_a_senator_are_criticism_of_him() -> None:
    (r,) = run_texts("Governor Pritzker raised questions about Ron DeSantis.")
    event = event_at(r, "questions")
    assert event.type == "ACCUSE" and "Ron DeSantis" in {p.name for p in event.recipients}


def test_questions_asked_by_reporters_are_no_act() -> None:
    (r,) = run_texts("Reporters asked questions about Ron DeSantis at the briefing.")
    assert "ACCUSE" not in [e.type for e in r.events]


def test_doubt_cast_on_a_governor_is_criticism_of_him() -> None:
    (r,) = run_texts("The senator cast doubt on Governor Whitmer.")
    event = event_at(r, "cast")
    assert event.type == "ACCUSE" and "Gretchen Whitmer" in {p.name for p in event.recipients}
