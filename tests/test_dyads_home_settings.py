"""A verb's own place in the doers' home country is where the act happens, not whom it is
aimed at ("complained in Nairobi" by Kenyans); abroad it stays the target CAMEO gives an act
with no addressee, and a measure laid on a place ("a curfew in Belgrade") is aimed there."""

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


def test_a_place_abroad_is_still_the_target() -> None:
    (result,) = run_texts("The French minister complained in Nairobi on Monday.")
    assert [r.country for r in event_at(result, "complained").recipients] == ["KEN"]


def test_a_measure_laid_on_a_home_town_is_aimed_there() -> None:
    (result,) = run_texts("The Serbian government imposed a curfew in Belgrade.")
    assert [r.country for r in event_at(result, "curfew").recipients] == ["SRB"]
