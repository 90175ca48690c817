"""Verbal attacks told by idioms and light verbs (attacks46): going on offense against someone,
a retort fired back at a known surname, targeting a person or a thing of theirs, a speech that
lays out its speaker's case against someone, being a target for someone, taking heat from a
party. The same words with violence told, aimed at voters or at no one, or with heat from no
one, are no criticism."""

from __future__ import annotations

import pytest

from tests.conftest import named_dyads

from .conftest import typed_triggers

LEAD = "Campaign notes\n\nDES MOINES, Iowa (AP) -- "


def _accusations(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [d for d in named_dyads(LEAD + text) if d[0] == "ACCUSE"]


def test_going_on_offense_against_a_rival_is_criticism() -> None:
    text = "Senator Amy Klobuchar went on offense against Governor Ron DeSantis on Tuesday."
    assert _accusations(text) == [("ACCUSE", ["Amy Klobuchar"], ["Ron DeSantis"])]


def test_a_retort_between_surnames_the_tagger_misses_is_criticism() -> None:
    text = "Nancy Pelosi mocked Mitt Romney on Monday. Romney fired back at Pelosi over the budget."
    assert ("ACCUSE", ["Mitt Romney"], ["Nancy Pelosi"]) in _accusations(text)


def test_lashing_out_at_a_rival_is_criticism_aimed_at_the_rival() -> None:
    text = "Senator Ana Ruiz lashed out at Governor Tom Reyes over the budget."
    assert _accusations(text) == [("ACCUSE", ["Ana Ruiz"], ["Tom Reyes"])]


def test_firing_back_at_gunmen_stays_an_assault() -> None:
    types = [t for t, _ in typed_triggers(LEAD + "Police officers fired back at the gunmen.")]
    assert "ACCUSE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "A conservative group released a radio ad targeting Nancy Pelosi's record on taxes.",
        "For weeks, Ron DeSantis has been targeting Gavin Newsom on crime.",
    ],
)
def test_targeting_a_person_or_their_record_is_criticism(text: str) -> None:
    (event,) = _accusations(text)
    assert event[2] in (["Nancy Pelosi"], ["Gavin Newsom"])


@pytest.mark.parametrize(
    "text",
    [
        "The campaign is targeting suburban voters in Ohio.",
        "Gunmen targeted the mayor with a car bomb on Monday.",
    ],
)
def test_targeting_voters_or_targeting_with_a_bomb_is_no_criticism(text: str) -> None:
    assert _accusations(text) == []


def test_a_speech_lays_out_its_speakers_case_against_a_rival() -> None:
    text = (
        "Ron DeSantis will speak in Miami on Friday. "
        "The address will lay out his case against Gavin Newsom, an aide said."
    )
    assert ("ACCUSE", ["Ron DeSantis"], ["Gavin Newsom"]) in _accusations(text)


def test_a_speech_owned_by_one_party_is_not_the_follower_s() -> None:
    text = (
        "Governor Ron DeSantis will follow Governor Gavin Newsom's Monday speech denouncing "
        "the Florida governor's tax plan with remarks of his own."
    )
    assert [d[1] for d in _accusations(text)] == [["Gavin Newsom"]]


def test_a_person_who_became_a_target_for_a_rival_is_criticised_by_the_rival() -> None:
    text = "Judge Maria Lopez has emerged as a central target for Ron DeSantis."
    assert _accusations(text) == [("ACCUSE", ["Ron DeSantis"], ["Maria Lopez"])]


def test_heat_taken_from_a_party_is_criticism_and_heat_from_a_fire_is_none() -> None:
    taken = "Acme Corp. has taken heat from a consumer watchdog group over its prices."
    assert [d[1] for d in _accusations(taken)] == [["consumer watchdog group"]]
    assert _accusations("The firefighters faced intense heat from the blaze.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Greek foreign ministry reacted angrily to the Turkish prime minister's remarks.",
        "Senator Amy Klobuchar responded more aggressively to Governor Ron DeSantis on Sunday.",
    ],
)
def test_answering_someone_in_hostility_is_criticism(text: str) -> None:
    (event,) = _accusations(text)
    assert event[2] in (["the Turkish prime minister"], ["Ron DeSantis"])


@pytest.mark.parametrize(
    "text",
    [
        "Investors reacted sharply to the central bank's decision.",
        "The governor responded quickly to the flooding.",
    ],
)
def test_a_strong_or_quick_answer_is_no_criticism(text: str) -> None:
    assert _accusations(text) == []


def test_a_verbal_assault_by_a_state_is_criticism() -> None:
    events = named_dyads(LEAD + "Pyongyang launched a scathing verbal assault on Seoul.")
    assert [e[0] for e in events] == ["ACCUSE"]


def test_a_speech_attacking_someone_is_its_speakers_attack() -> None:
    text = "Gavin Newsom made the comments during a speech attacking Ron DeSantis on Monday."
    assert ("ACCUSE", ["Gavin Newsom"], ["Ron DeSantis"]) in _accusations(text)
