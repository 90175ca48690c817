"""A verb of harm done in a noun of violence ("were killed in police shootings", "died in a
U.S. drone strike") was done by whoever the noun's modifier names: a force ("police", coded
COP of the story's country), a country or its people. A place ("a Paris shooting") or a kind
("a mass shooting") names no doer."""

from __future__ import annotations

import pytest

from .conftest import event_at, run_texts


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "sector"),
    [
        (
            "DETROIT (AP) - Two teenagers were killed in police shootings in the city last year.",
            "killed",
            "USA",
            "COP",
        ),
        (
            "DETROIT (AP) - A shop owner was wounded in a police raid on Tuesday.",
            "wounded",
            "USA",
            "COP",
        ),
        (
            "The preacher was killed in a 2012 American drone strike in Somalia.",
            "killed",
            "USA",
            None,
        ),
    ],
)
def test_the_force_named_before_the_violence_did_it(
    text: str, trigger: str, doer: str, sector: str | None
) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    event = event_at(result, trigger)
    assert [(a.country, a.sector) for a in event.actors] == [(doer, sector)]


@pytest.mark.parametrize(
    "text",
    [
        "Six shoppers were killed in a Munich shooting on Friday.",
        "Twelve pupils were killed in the mass shooting at a school in Ohio.",
    ],
)
def test_a_place_or_a_kind_of_violence_names_no_doer(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert event_at(result, "killed").actors == []


def test_a_force_before_violence_is_named_alone() -> None:
    (result,) = run_texts("DETROIT (AP) - The recent police shootings angered the mayor.")
    assert "police" in [a.name for a in result.actors]
    assert not any("recent" in a.name for a in result.actors)
