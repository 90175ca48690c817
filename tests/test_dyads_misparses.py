"""Misparses that would put the wrong party on a side: a name set off by commas after a
description object ("his rival, Senator X,") is that object's appositive, also when the parser
hangs it on the verb; a name read as coordinated with an act's object but right before a verb
with no subject is that verb's subject, not the act's target."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_a_name_after_a_described_object_is_the_target() -> None:
    (r,) = run_texts("Paul Grady attacked his opponent, Senator Helen Marsh, on Tuesday.")
    assert [p.name for p in event_at(r, "attacked").recipients] == ["Helen Marsh"]


def test_a_name_after_a_described_object_of_blame_is_the_target() -> None:
    (r,) = run_texts("Grady accused his challenger, Governor Rita Vance, of lying.")
    assert [p.name for p in event_at(r, "accused").recipients] == ["Rita Vance"]


def test_the_subject_of_a_following_verb_is_no_target_of_the_first() -> None:
    (r,) = run_texts(
        "Mayor Ruth Vega spoke on Monday.\n\n"
        "Prosecutors charged the guard with assault and Vega suspended his supervisor."
    )
    assert "Ruth Vega" not in [p.name for p in event_at(r, "charged").recipients]


def test_a_name_read_as_a_verb_stays_coordinated() -> None:
    (r,) = run_texts("Police arrested Ali Hamad and Omar Said on Monday.")
    assert [p.name for p in event_at(r, "arrested").recipients] == ["Ali Hamad", "Omar Said"]
