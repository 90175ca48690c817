"""Challenging a claim, an account or a ruling disputes it (REJECT); challenging someone to act
still asks them to (REQUEST), and challenging a measure in court stays a suit."""

from __future__ import annotations

import pytest

from tests.conftest import triggered_types

from .conftest import run_texts


@pytest.mark.parametrize(
    "text,act",
    [
        (
            "Mayor Tom Esposito challenged the account given by Police Chief Dana Reyes.",
            ("challenged", "REJECT"),
        ),
        (
            "Governor Alma Ruiz challenged the allegations made by Senator Ray Dunmore.",
            ("challenged", "REJECT"),
        ),
        (
            "Governor Alma Ruiz challenged President Obama to release the report.",
            ("challenged", "REQUEST"),
        ),
    ],
)
def test_a_challenge_is_read_by_what_is_challenged(text: str, act: tuple[str, str]) -> None:
    assert act in triggered_types(text)


def test_the_challenger_disputes_the_teller() -> None:
    (result,) = run_texts(
        "Mayor Tom Esposito challenged the account given by Police Chief Dana Reyes."
    )
    (event,) = [e for e in result.events if e.type == "REJECT"]
    assert any("Tom Esposito" in a.name for a in event.actors)
    assert any("Dana Reyes" in r.name for r in event.recipients)
