"""An appeal of an act told before ("appealed that decision") is addressed to whoever did it,
the court that ruled, even where its ruling was a stance ("upheld"); an appeal naming no
earlier act gets no addressee from the story."""

from __future__ import annotations

from .conftest import event_dyads


def _requests(text: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [(s, r) for t, s, r in event_dyads(text) if t == "REQUEST"]


def test_an_appeal_of_the_decision_goes_to_the_ruling_court() -> None:
    text = (
        "Kenya's High Court upheld the ban on the opposition rally on Monday. "
        "The opposition party appealed the decision on Tuesday."
    )
    assert _requests(text)[-1][1] == ["KEN"]


def test_an_appeal_with_no_act_told_before_has_no_addressee() -> None:
    text = "The opposition party appealed the decision on Tuesday, its lawyers said."
    assert all(r == [] for _, r in _requests(text))
