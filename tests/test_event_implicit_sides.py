"""A directed act whose clause names no target is aimed at the party its words tie it to: a
request for an inquiry into a party's dealings is aimed at that party, marked as an inferred
target; what the doer strives to do itself ("pushing to resolve the case") aims at no one."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _event(text: str, trigger: str) -> Event:
    (result,) = run_texts(text, date="2019-03-12")
    return next(e for e in result.events if e.trigger.text.startswith(trigger))


def test_a_request_is_aimed_at_the_party_its_inquiry_looks_into() -> None:
    event = _event(
        "Governor Tom Barlow called for a special prosecutor to oversee an investigation into "
        "the alleged relationship between the Harbor Trust and the Port Authority.",
        "called for",
    )
    assert "Harbor Trust" in [p.name for p in event.recipients]
    assert any(f.startswith("target_inferred") for f in event.confidence_features)


def test_a_request_for_a_thing_that_falls_on_no_one_has_no_target() -> None:
    event = _event("Senator Alma Reyes called for a new wall along the river.", "called for")
    assert not event.recipients


def test_the_doers_own_aim_is_no_target() -> None:
    event = _event(
        "Governor Tom Barlow met reporters. "
        "The Harbor Trust has been pushing hard to resolve the Barlow case.",
        "pushing",
    )
    assert not event.recipients


def test_a_participle_on_a_name_is_done_by_that_party() -> None:
    event = _event(
        "The latest example of this overreach is Governor Tom Barlow suing the Harbor Trust "
        "over its fees.",
        "suing",
    )
    assert [p.name for p in event.actors] == ["Tom Barlow"]


def test_a_participle_the_parse_hangs_on_the_clause_is_still_the_names_act() -> None:
    event = _event(
        "They keep showing videos of Governor Tom Barlow insulting Senator Alma Reyes.",
        "insulting",
    )
    assert [p.name for p in event.actors] == ["Tom Barlow"]
    assert [p.name for p in event.recipients] == ["Alma Reyes"]
