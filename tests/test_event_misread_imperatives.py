"""A sentence that opens with an imperative the tagger reads as a noun tells the reader to act:
neither its opener nor the verb joined to it is an act; a headline noun with its own verb is."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text,triggers",
    [
        ("Attack specific policies and propose alternatives.", []),
        ("Protest peacefully and demand answers from the council.", []),
    ],
)
def test_a_misread_imperative_is_no_event(text: str, triggers: list[str]) -> None:
    assert [trigger for _, trigger in typed_triggers(text)] == triggers


def test_a_headline_noun_with_its_own_verb_stays() -> None:
    assert "Attack" in [trigger for _, trigger in typed_triggers("Attack in Kabul kills five.")]
