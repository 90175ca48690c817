"""A verb's own place in the doers' home country is where the act happens, not whom it is
aimed at ("complained in Nairobi" by Kenyans); abroad only an act of force, a measure or a
deployment with no addressee is aimed at the country it happens in ("air strikes in Syria"),
not talks, demands or complaints made there; a measure laid on a place ("a curfew in
Belgrade") is aimed there."""

from __future__ import annotations

import pytest

from .conftest import event_at, run_texts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan officials complained in Nairobi on Monday.", "complained"),
        ("Turkish officials criticized the decision in Ankara.", "criticized"),
    ],
)
def test_a_place_at_home_is_no_target(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    assert event_at(result, trigger).recipients == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The French minister complained in Nairobi on Monday.", "complained"),
        ("Reagan made his famous demand in Berlin in 1987.", "demand"),
        ("Russian diplomats held a meeting in Washington on Monday.", "meeting"),
    ],
)
def test_words_and_talks_abroad_are_not_aimed_at_the_place(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    assert event_at(result, trigger).recipients == []


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Russian warplanes carried out air strikes in Syria on Monday.", "air strikes", "SYR"),
        ("Russian soldiers fought in eastern Ukraine last year.", "fought", "UKR"),
    ],
)
def test_force_abroad_is_aimed_at_the_place(text: str, trigger: str, country: str) -> None:
    (result,) = run_texts(text)
    assert [r.country for r in event_at(result, trigger).recipients] == [country]


def test_a_measure_laid_on_a_home_town_is_aimed_there() -> None:
    (result,) = run_texts("The Serbian government imposed a curfew in Belgrade.")
    assert [r.country for r in event_at(result, "curfew").recipients] == ["SRB"]
