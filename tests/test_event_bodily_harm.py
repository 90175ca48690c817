"""Lexicon class: killing or hurting a person by the breath or the flesh (asphyxiating,
strangling, decapitating, knifing) is a physical assault (ASSAULT) as stabbing is; the words
with a figurative sense fire only on a person or a person's body."""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import coded_events

_events = partial(coded_events, date="1999-05-01")


@pytest.mark.parametrize(
    "text",
    [
        "The coroner said the prisoner was asphyxiated in his cell.",
        "Witnesses said a guard strangled a protester outside the jail.",
        "Militants decapitated a Kenyan aid worker near the border.",
        "Two men knifed a guard outside the embassy.",
    ],
)
def test_harm_to_the_body_is_an_assault(text: str) -> None:
    assert [kind for kind, *_ in _events(text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "New rules suffocate small businesses across the state.",
        "Critics say the committee butchered the budget bill.",
        "The airline throttled its expansion plans last year.",
        "The blockade is designed to isolate and strangle Serbia.",
    ],
)
def test_figurative_harm_to_a_thing_is_no_assault(text: str) -> None:
    assert not [kind for kind, *_ in _events(text) if kind == "ASSAULT"]
