"""Words the narrator tells as aimed at someone: a speech or an ad "against" a person, or with an
"anti-" prefix on a person's name, is criticism (ACCUSE) of that person; a plain speech, or one
"anti-" a faith or a place, is none. A light verb that puts an act out again ("repeated",
"reiterated", "renewed") gives the act its doer, as the first telling did."""

from __future__ import annotations

import pytest

from .conftest import accusation_sides, event_sides


@pytest.mark.parametrize(
    "text,source,target",
    [
        (
            "Governor Ellen Marsh met farmers in Dover. The Dover Taxpayers League aired anti-Marsh"
            " ads on local radio on Monday.",
            "Taxpayers League",
            "Ellen Marsh",
        ),
        (
            "Senator Paul Kendry delivered a speech against Mayor Lena Ortiz in Albany.",
            "Kendry",
            "Ortiz",
        ),
    ],
)
def test_words_aimed_at_a_person_are_criticism(text: str, source: str, target: str) -> None:
    found = accusation_sides(text)
    assert any(source in s and target in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Senator Paul Kendry delivered a speech on farm subsidies in Albany.",
        "Senator Paul Kendry's anti-Muslim rhetoric drew attention to the race.",
    ],
)
def test_words_aimed_at_no_person_are_no_criticism(text: str) -> None:
    assert accusation_sides(text) == []


def test_a_repeated_promise_is_the_promisers() -> None:
    """ "repeated his promise to cut taxes": the promise is made again, by the subject."""
    sides = event_sides("At a stop in Ames, Senator Paul Kendry repeated his promise to cut taxes.")
    assert any(t == "AGREE" and "Kendry" in s for t, s, _ in sides), sides
