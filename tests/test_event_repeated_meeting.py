"""A definite noun that repeats the word of an act told just before ("will meet ... The
meeting") is that act told again, kept with its dyad; a far or other-worded one is judged by
its own words."""

from __future__ import annotations

from eventwire.events.anaphora import derives_from
from eventwire.model import Event
from tests.conftest import run_texts


def _consultations(text: str) -> list[Event]:
    (result,) = run_texts(text)
    return [e for e in result.events if e.type == "CONSULT"]


def test_the_meeting_after_will_meet_is_the_same_meeting_with_its_dyad() -> None:
    told, again = _consultations(
        "Kenya's president will meet Ugandan President Yoweri Museveni on Friday. "
        "The meeting will take place in Kampala."
    )
    assert again.trigger.text == "meeting"
    assert [p.country for p in again.actors] == [p.country for p in told.actors] == ["KEN"]
    assert [p.country for p in again.recipients] == ["UGA"]


def test_a_noun_derives_from_the_verb_that_shares_its_stem() -> None:
    assert derives_from("meeting", "meet")
    assert derives_from("agreement", "agree")
    assert derives_from("talk", "talk")
    assert not derives_from("meeting", "talk")


def test_a_noun_derives_from_its_verb_by_an_act_noun_ending_only() -> None:
    from eventwire.events.anaphora import derives_from

    assert derives_from("meeting", "meet") and derives_from("agreement", "agree")
    assert derives_from("negotiations", "negotiate")
    assert not derives_from("signal", "sign") and not derives_from("dealer", "deal")
