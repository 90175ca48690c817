"""A sayer's acts listed in a series after "said" ("said X, complained about Y, and wondered
why Z") are the sayer's: the parse hangs the second one on "said" as a second said clause."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_complaint_listed_after_said_is_the_sayers() -> None:
    (r,) = run_texts(
        "Dairy farmers said the new plant might foul the river, complained about its tax "
        "breaks, and asked why the county had approved it."
    )
    (complained,) = [e for e in r.events if e.trigger.text == "complained"]
    assert complained.type == "ACCUSE"
    assert [p.name.lower() for p in complained.actors] == ["dairy farmers"]


def test_acts_listed_in_what_was_said_stay_their_doers() -> None:
    (r,) = run_texts("Officials said the rebels attacked the town, looted shops, and burned homes.")
    (burned,) = [e for e in r.events if e.trigger.text == "burned"]
    assert [p.name.lower() for p in burned.actors] == ["the rebels"]
