"""A person the story describes as running is a candidate (PTY), whatever the apposition or a
former office says: "X, the talk-show host who won the Nevada caucuses" and "Former Ohio Gov.
X, running fourth in most polls" in a primary story."""

from __future__ import annotations

from .conftest import run_texts


def _sectors(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2008-01-20")
    return {a.name: a.sector.value if a.sector else None for a in result.actors}


def test_an_apposition_whose_clause_tells_a_win_makes_a_candidate() -> None:
    sectors = _sectors(
        "Before the South Carolina primary, Tom Reed, the talk-show host who won the Nevada "
        "caucuses, attacked Senator Alan Marsh."
    )
    assert sectors["Tom Reed"] == "PTY"


def test_a_former_governor_running_in_the_polls_is_a_candidate() -> None:
    sectors = _sectors(
        "Ahead of the Florida primary, Former Ohio Gov. Dan Werth, running fourth in most "
        "polls, criticised Senator Alan Marsh."
    )
    assert sectors["Dan Werth"] == "PTY"
