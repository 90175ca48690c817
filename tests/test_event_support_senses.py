"""Everyday senses of support words are no SUPPORT: a person known by sight, standing idly by,
a firm approving its own deal; the political senses stay."""

from __future__ import annotations

from tests.conftest import run_texts


def _support(text: str) -> list[tuple[list[str], list[str]]]:
    (result,) = run_texts(text)
    return [
        ([a.name for a in e.actors], [r.name for r in e.recipients])
        for e in result.events
        if e.type == "SUPPORT"
    ]


def test_a_person_known_by_sight_is_no_recognition() -> None:
    text = "At the airport, Maria Lopez said she did not recognize the tall, bearded traveller."
    assert _support(text) == []
    assert _support("None of the diners recognized the senator, who ate alone.") == []


def test_seeing_oneself_in_others_is_no_recognition() -> None:
    text = "Paul Dunne said he recognizes himself and his brothers in many of the candidate's fans."
    assert _support(text) == []


def test_a_state_recognising_a_state_stays() -> None:
    assert _support("Costa Rica formally recognized Kosovo on Monday, the foreign minister said.")


def test_standing_idly_by_backs_no_one() -> None:
    text = "The rebels seized the border towns while the governor stood idly by, the mayor said."
    assert _support(text) == []


def test_standing_by_a_person_backs_them() -> None:
    assert _support("Senator Alvarez stood by the mayor throughout the scandal.")


def test_a_firm_approving_its_own_deal_is_no_support() -> None:
    text = "The sale of the chemicals unit was approved by Orbco Industries Inc. on Monday."
    assert _support(text) == []
