"""Whom blame is aimed at when two parties trade it (each at the other), and whom a retort that
names no one answers (the other side of the quarrel the story just told)."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_blame_traded_between_two_named_people_is_aimed_by_each_at_the_other() -> None:
    (r,) = run_texts("Senator Bob Marsh and Governor Ellen Hart traded insults on Tuesday.")
    insults = event_at(r, "insults")
    assert _names(insults.actors) == {"Bob Marsh", "Ellen Hart"}
    assert _names(insults.recipients) == {"Bob Marsh", "Ellen Hart"}


def test_people_who_attack_each_other_are_each_others_targets() -> None:
    (r,) = run_texts("Senator Bob Marsh and Governor Ellen Hart attacked each other on radio.")
    assert _names(event_at(r, "attacked").recipients) == {"Bob Marsh", "Ellen Hart"}


def test_fire_traded_between_armies_keeps_no_target() -> None:
    (r,) = run_texts("Peru and Ecuador exchanged fire along the border on Sunday.")
    assert event_at(r, "exchanged").recipients == []
