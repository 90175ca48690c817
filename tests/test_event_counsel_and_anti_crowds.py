"""Counsel act for their client ("attorneys for the agency requested a delay" is the agency's
request; "talks between lawyers for the senator and city officials" are the senator's talks), and a
crowd named "anti-" someone protests against that someone, never against itself ("Anti-Marsh
demonstrators chanted": the demonstrators protest, Marsh is the target)."""

from __future__ import annotations

from .conftest import event_sides


def test_anti_crowd_protests_against_the_one_named() -> None:
    text = (
        "Governor Ellen Marsh of Ohio spoke in Columbus on Tuesday. Anti-Marsh demonstrators"
        " chanted outside the statehouse on Wednesday."
    )
    found = event_sides(text)
    protests = [(s, t) for type_, s, t in found if type_ == "PROTEST"]
    assert protests, found
    assert all("demonstrators" in s and "demonstrators" not in t for s, t in protests), found
