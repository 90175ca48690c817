"""Leaving a race or an office: a candidate who drops out concedes, with or without the race
named; "he should resign" in a quote is the speaker's demand for that exit."""

from __future__ import annotations

import pytest

from tests.conftest import event_at, event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Governor Walker dropped out of the presidential race in September.",
        "Governor Walker, who ran for the nomination, dropped out in September.",
        "Senator Lund dropped out of the running on Tuesday.",
    ],
)
def test_candidate_dropping_out_concedes(text: str) -> None:
    assert "CONCEDE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teenagers drop out of high school every year.",
        "The senator has dropped out of the top five in the latest rankings.",
        "Portugal dropped out of the talks on the fishing quota last spring.",
        "Two airlines dropped out of the regional fuel pact in 2004.",
    ],
)
def test_dropping_out_of_anything_but_a_race_is_no_concession(text: str) -> None:
    assert "CONCEDE" not in event_types(text)


def test_quoted_call_on_him_to_resign_is_a_demand() -> None:
    text = (
        "Governor Smith vetoed the budget on Monday. "
        '"If he will not sign it, he should immediately resign!" Senator Jones wrote.'
    )
    (result,) = run_texts(text)
    event = event_at(result, "resign")
    assert (event.type, event.cameo) == ("REQUEST", "100")
    assert [p.name for p in event.recipients] == ["Smith"]


def test_quoted_duty_on_him_other_than_an_exit_stays_unread() -> None:
    text = (
        "Governor Smith vetoed the budget on Monday. "
        '"If he will not sign it, he should immediately rethink his plans!" Senator Jones wrote.'
    )
    (result,) = run_texts(text)
    assert "REQUEST" not in [e.type for e in result.events]
