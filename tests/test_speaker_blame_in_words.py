"""Blame told by a metaphor, an idiom or a quoted insult is the speaker's ACCUSE."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_hijacking_a_race_said_of_another_is_the_speakers_blame() -> None:
    (r,) = run_texts("Senator Ann Wells said Governor Paul Drake was trying to hijack the primary.")
    event = event_at(r, "hijack")
    assert event.type == "ACCUSE"
    assert _names(event.actors) == {"Ann Wells"}
    assert _names(event.recipients) == {"Paul Drake"}


def test_turning_ones_back_said_of_another_is_blame_not_refusal() -> None:
    (r,) = run_texts("Mayor Lena Ford said Councilman Rob Kane had turned his back on teachers.")
    event = event_at(r, "turned")
    assert (event.type, _names(event.actors), _names(event.recipients)) == (
        "ACCUSE",
        {"Lena Ford"},
        {"Rob Kane"},
    )


def test_a_scare_quoted_insult_of_a_partys_ads_accuses_it() -> None:
    (r,) = run_texts('Mayor Lena Ford called Rob Kane\'s radio ads "a dirty smear."')
    event = event_at(r, "called")
    assert event.type == "ACCUSE"
    assert _names(event.recipients) == {"Rob Kane"}


def test_a_real_hijacking_keeps_its_type() -> None:
    (r,) = run_texts("Police said armed men tried to hijack a fuel truck near Kano.")
    assert "ACCUSE" not in {e.type for e in r.events}


def test_a_plain_refusal_reported_keeps_its_type() -> None:
    (r,) = run_texts("Officials said Iran had turned down the offer of talks.")
    assert "ACCUSE" not in {e.type for e in r.events}


def test_a_verdict_told_to_listeners_accuses_the_one_judged() -> None:
    (r,) = run_texts('"Senator Lopez is a liar," Governor Ruth Adams told voters in Ohio.')
    event = event_at(r, "told")
    assert event.type == "ACCUSE"
    assert _names(event.recipients) == {"Lopez"}
