"""Counsel act for their client ("attorneys for the agency requested a delay" is the agency's
request; "talks between lawyers for the senator and city officials" are the senator's talks), and a
crowd named "anti-" someone protests against that someone, never against itself ("Anti-Marsh
demonstrators chanted": the demonstrators protest, Marsh is the target)."""

from __future__ import annotations

from .conftest import event_sides


def test_counsel_request_is_the_clients() -> None:
    text = (
        "A federal judge ordered the Interior Department to hand over the files by March, but"
        " attorneys for the department said on Tuesday that they would miss the date, and asked"
        " for two more weeks."
    )
    found = event_sides(text)
    assert any(t == "REQUEST" and "Interior Department" in s for t, s, _ in found), found


def test_talks_between_counsel_and_officials_have_both_sides() -> None:
    text = (
        "Senator Tom Hale sued the city of Dover in May. Talks between lawyers for Senator Hale"
        " and city officials ended without a deal on Friday."
    )
    found = event_sides(text)
    talks = [(s, t) for type_, s, t in found if type_ == "CONSULT"]
    assert any("Hale" in s and "officials" in t for s, t in talks), found


def test_anti_crowd_protests_against_the_one_named() -> None:
    text = (
        "Governor Ellen Marsh of Ohio spoke in Columbus on Tuesday. Anti-Marsh demonstrators"
        " chanted outside the statehouse on Wednesday."
    )
    found = event_sides(text)
    protests = [(s, t) for type_, s, t in found if type_ == "PROTEST"]
    assert protests, found
    assert all("demonstrators" in s and "demonstrators" not in t for s, t in protests), found


def test_condemning_the_attacks_after_a_condemnation_blames_no_condemner() -> None:
    text = (
        "Peru on Saturday condemned the bombing of the football stadium in Quito. Chile also"
        " strongly condemned the attacks."
    )
    found = event_sides(text)
    accusations = [(s, t) for type_, s, t in found if type_ == "ACCUSE"]
    assert any("Chile" in s for s, _ in accusations), found
    assert not any("Peru" in t for _, t in accusations), found
