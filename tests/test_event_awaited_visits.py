"""A visit told as awaited: "the delegation is expected in Nairobi next week" is a planned
CONSULT by the travellers with the host; weather or refugees expected somewhere are no visit."""

from __future__ import annotations

from tests.conftest import run_texts


def _visits(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text)
    return [
        (e.modality, [a.country for a in e.actors], [r.country for r in e.recipients])
        for e in result.events
        if e.type == "CONSULT"
    ]


def test_a_minister_expected_in_a_capital_is_a_planned_visit() -> None:
    text = "The Ugandan foreign minister is expected in Nairobi on Thursday."
    assert _visits(text) == [("planned", ["UGA"], ["KEN"])]


def test_rain_expected_in_a_capital_is_no_visit() -> None:
    assert _visits("Heavy rain is expected in Nairobi on Thursday.") == []


def test_refugees_expected_in_a_country_are_no_visit() -> None:
    assert _visits("Thousands of Syrian refugees are expected in Germany next month.") == []
