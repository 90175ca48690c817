"""A relative pronoun a part of which is its clause's subject ("senators, two of whom
criticized her") stands for the noun the clause describes (`events.phrase_links`)."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (
            "Peru has six senators, two of whom pledged their support to the Chilean president.",
            "SUPPORT",
            "senators",
        ),
        (
            "The union has four leaders, two of whom made threats against the mayor.",
            "THREATEN",
            "leaders",
        ),
    ],
)
def test_two_of_whom_are_some_of_the_noun_described(text: str, kind: str, doer: str) -> None:
    (result,) = run_texts(text)
    doers = [p.name for e in result.events if e.type == kind for p in e.actors]
    assert any(doer in name for name in doers)
