"""An event noun that names those taking part ("the protesters chanted") has them as doers."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _event


def test_the_protesters_are_the_doers_of_the_protest_their_noun_tells() -> None:
    (r,) = run_texts(
        "Hundreds of Chilean students marched through Santiago on Thursday.\n\n"
        '"Free education now," the protesters chanted.'
    )
    assert [p.name for p in _event(r, "protesters").actors] == ["the protesters"]
