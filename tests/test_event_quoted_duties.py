"""A quoted sentence of its own that lays a duty on a named party ("'The Commission should look
for ways to help.'") is its speaker's demand on that party, made in the saying, as "X said Y
must" is; a duty of the speaker's own side or of people in general asks no one."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

OPENING = 'Foreign Minister Anna Berg spoke in Oslo on Monday. "The talks were long," she said. '


def _requests(text: str) -> list[str]:
    (r,) = run_texts(OPENING + text)
    return [e.trigger.text for e in r.events if e.type == "REQUEST"]


def test_a_quoted_duty_of_a_named_party_is_the_speakers_demand_on_it() -> None:
    (r,) = run_texts(OPENING + '"The European Commission should look for ways to help farmers."')
    demand = event_at(r, "look")
    assert demand.type == "REQUEST"
    assert demand.modality == "occurred"
    assert [p.name for p in demand.actors] == ["Anna Berg"]
    assert [p.name for p in demand.recipients] == ["European Commission"]


def test_a_quoted_duty_of_the_speakers_own_side_asks_no_one() -> None:
    assert _requests('"We must work harder."') == []


def test_a_quoted_duty_of_people_in_general_asks_no_one() -> None:
    assert _requests('"People should vote."') == []


def test_a_quoted_rebuke_is_no_demand() -> None:
    assert _requests('"The minister should be ashamed."') == []


def test_must_inferring_what_is_so_is_no_demand() -> None:
    assert _requests('"The governor must be joking."') == []
    assert _requests('"The governor must have known about the plan."') == []


def test_a_quoted_duty_to_be_somewhere_asks_no_act() -> None:
    assert _requests('"The boy should be with his mother."') == []


def test_a_quoted_duty_laid_on_the_speaker_herself_has_no_asker() -> None:
    (r,) = run_texts(OPENING + '"Minister Berg should resign."')
    demand = event_at(r, "resign")
    assert demand.actors == []
    assert [p.name for p in demand.recipients] == ["Anna Berg"]
