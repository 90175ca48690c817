"""Appeals told with no appeal word: a speaker laying a duty on their own side ("we must act"),
rallying it ("let us ..."), saying it is time for an act, pleading ("please advise") or
bidding a listener act in a quoted imperative asks for that act (REQUEST) from the speaker;
a duty or a bid of no act ("we must remember", "you should see the crowd", "let's be
clear"), a regret ("we should have acted") and a resolve against a party ("we have to
defeat them") ask for nothing."""

from __future__ import annotations

import pytest

from .conftest import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        'Senator Dana Ortiz spoke in Dayton. "We must take action to end the shortage now," '
        "Ortiz said.",
        'Senator Dana Ortiz spoke in Dayton. "We need to do a better job of housing veterans," '
        "Ortiz said.",
        'Senator Dana Ortiz spoke in Dayton. "It is time to stand up to the insurers and pass '
        'the reform," Ortiz said.',
        'Senator Dana Ortiz spoke in Dayton. "Let us never be silent in the face of hatred," '
        "Ortiz told the crowd.",
        'Senator Dana Ortiz spoke in Dayton. "Close the plant before winter," Ortiz said.',
    ],
)
def test_a_quoted_appeal_with_no_appeal_word_is_a_request(text: str) -> None:
    assert event_types(text) == ["REQUEST"]


def test_the_speaker_appeals_and_we_names_no_one_asked() -> None:
    text = 'Senator Dana Ortiz spoke. "We must take action to end the shortage," Ortiz said.'
    assert event_sides(text) == [("REQUEST", "Dana Ortiz", "")]


def test_a_quoted_imperative_told_to_a_listener_asks_the_listener() -> None:
    text = 'Senator Dana Ortiz spoke in Dayton. "Close the plant by June," Ortiz told the workers.'
    assert event_sides(text) == [("REQUEST", "Dana Ortiz", "the workers")]


def test_a_quoted_sentence_of_its_own_appeals_for_its_speaker() -> None:
    text = (
        'Senator Dana Ortiz spoke in Dayton. "Hatred grows in silence," Ortiz said. '
        '"Let us never be silent in the face of it."'
    )
    assert ("REQUEST", "Dana Ortiz", "") in event_sides(text)


@pytest.mark.parametrize(
    "text",
    [
        'Senator Dana Ortiz spoke in Dayton. "We must remember the flood victims," Ortiz said.',
        'Senator Dana Ortiz spoke in Dayton. "You should see the crowds in Dayton," Ortiz said.',
        'Senator Dana Ortiz spoke in Dayton. "We should have repaired the levee," Ortiz said.',
        'Senator Dana Ortiz spoke in Dayton. "Let\'s be clear about the levee," Ortiz said.',
        'Senator Dana Ortiz spoke in Dayton. "We have to beat the Hawks on Sunday," Ortiz said.',
        'Senator Dana Ortiz spoke in Dayton. "Believe me, the levee will hold," Ortiz said.',
    ],
)
def test_a_duty_or_bid_of_no_act_asks_nothing(text: str) -> None:
    assert "REQUEST" not in event_types(text)


def test_an_appeal_in_an_embedded_post_is_its_authors() -> None:
    text = (
        "Candidates reacted to the flood on Monday.\n\n"
        '<tweet pic="" author="HillaryClinton" timestamp="1" tweet_id="1">The levee failed. '
        "We must take action to rebuild the levee now.</tweet>."
    )
    assert ("REQUEST", "Hillary Clinton", "") in event_sides(text)
