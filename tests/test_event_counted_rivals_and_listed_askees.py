"""Acts the confidence rules used to drop: a share of someone's own group ("most of his rivals
called for"), and people asked for something when the parse hangs the "for" on the last of
them."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Most of Novak's rivals in the race called for a recount of the ballots.",
            [("REQUEST", "called for")],
        ),
        (
            "Most of his competitors in the primary praised the plan to cut farm subsidies.",
            [("SUPPORT", "praised")],
        ),
    ],
)
def test_a_share_of_someones_own_group_still_acts(text: str, coded: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == coded


def test_people_listed_then_asked_for_something_is_a_request() -> None:
    text = (
        "The Liberal Party asked farmers, unions, and even retailers like Lidl for donations "
        "to its campaign."
    )
    assert typed_triggers(text) == [("REQUEST", "asked")]


def test_asked_a_question_stays_a_question() -> None:
    assert typed_triggers("The reporter asked Novak whether he would run again.") == []
