"""Parliamentary obstruction is a protest and ending it by vote a rejection; filing an appeal
or fighting a court battle is a legal challenge and a ruling against a party rejects its case;
searching a home is an investigation; talks that failed took place; approval voiced in a tweet
is support."""

from __future__ import annotations

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in run_texts(text)[0].events]


def test_a_filibuster_is_a_protest() -> None:
    text = "Five Democrats in the Kansas Senate kept up a filibuster against the tax bill."
    assert ("PROTEST", "occurred") in _events(text)


def test_voting_to_end_a_filibuster_rejects_it() -> None:
    text = "The Republican majority in the Kansas Senate voted to end the filibuster on Thursday."
    assert "REJECT" in [t for t, _ in _events(text)]


def test_filing_an_appeal_is_a_legal_challenge() -> None:
    text = "The teachers' union said on Monday that it filed an appeal against the ruling."
    assert "ACCUSE" in [t for t, _ in _events(text)]


def test_talks_that_failed_took_place() -> None:
    text = "Negotiations between the Sudanese government and the rebels failed on Monday."
    assert ("CONSULT", "occurred") in _events(text)


def test_approval_tweeted_is_support() -> None:
    text = "Senator Warren tweeted her approval of the striking nurses in Boston."
    assert "SUPPORT" in [t for t, _ in _events(text)]


def test_a_court_ruling_against_a_party_rejects_its_case() -> None:
    text = "A state appeals court ruled against the Kansas teachers' union on Tuesday."
    assert "REJECT" in [t for t, _ in _events(text)]


def test_searching_a_home_is_an_investigation() -> None:
    assert "ACCUSE" in [t for t, _ in _events("Police searched the home of the mayor on Friday.")]
    assert _events("Rescuers searched the valley for survivors on Friday.") == []
