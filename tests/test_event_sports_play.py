"""Match reports read as sport: beating a side, a goal ("strike"), a club's signing are play,
not attacks, protests or support; violence and political acts beside a game stay events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Ghana defeated Zambia 3-0 in the Africa Cup of Nations semifinal.",
        "Portugal crushed Croatia in the Euro quarterfinal in Lisbon.",
        "Boca Juniors beat River Plate 2-1 on Saturday.",
        "A late strike by the Ivorian midfielder gave Ivory Coast the win in the qualifier.",
        "Belgium knocked Tunisia out of the tournament on Tuesday.",
        "Arsenal signed the Colombian midfielder from Porto.",
        "Cameroon beat Algeria on penalties to win the Gold Cup.",
        "Chile beat Peru to reach the quarterfinals.",
    ],
)
def test_sports_play_is_no_event(text: str) -> None:
    assert event_types(text) == []


def test_violence_at_a_game_stays_an_attack() -> None:
    text = "Fans clashed with police after the semifinal in Cairo, and officers fired tear gas."
    assert "ASSAULT" in event_types(text)


def test_a_vote_tally_is_no_score() -> None:
    assert "SUPPORT" in event_types("The Senate voted 61-39 to confirm the ambassador.")


def test_a_sports_word_in_another_clause_leaves_the_act() -> None:
    text = "The campaign rejected the plan because the hockey championship was on that night."
    assert "REJECT" in event_types(text)


def test_a_beating_with_no_game_stays_an_attack() -> None:
    assert "ASSAULT" in event_types("Riot police beat students in Dhaka to break up the sit-in.")
