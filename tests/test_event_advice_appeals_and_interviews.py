"""Acts told by their steps or by advice: a suggestion in the mood of a command asks a party to
act (REQUEST), a claim "suggested" asks nothing; appealing a court's decision is a plea
(REQUEST), appealing to voters is not; police interviewing someone investigates (ACCUSE), a
broadcaster's interview does not; applying for asylum asks for it (REQUEST); protesters who
begin to gather protest."""

from __future__ import annotations

import pytest

from .conftest import countries_of, event_at, event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ortega recommended that the water agency be closed.",
        "The memo was read as a suggestion that Governor Ortega step down, one aide said.",
    ],
)
def test_advice_in_the_mood_of_a_command_is_a_request(text: str) -> None:
    assert event_types(text) == ["REQUEST"]


def test_advice_told_with_its_own_doer_names_who_asks_whom() -> None:
    owned, made = run_texts(
        "Prime Minister Abe's suggestion that China should halt the drills angered Beijing.",
        "President Putin spoke in Moscow on Friday. He made a proposal that Ukraine should "
        "withdraw its troops from the border.",
    )
    assert countries_of(event_at(owned, "suggestion").actors) == {"JPN"}
    assert countries_of(event_at(owned, "suggestion").recipients) == {"CHN"}
    assert countries_of(event_at(made, "proposal").actors) == {"RUS"}
    assert countries_of(event_at(made, "proposal").recipients) == {"UKR"}


def test_advice_stating_what_happened_asks_nothing() -> None:
    assert event_types("Analysts suggested that the ruling party lost votes.") == []


def test_appealing_a_court_decision_is_a_plea() -> None:
    text = "The Ortega family appealed the ruling to the Supreme Court."
    assert event_types(text) == ["REQUEST"]


def test_appealing_to_voters_is_no_request() -> None:
    assert event_types("The campaign appealed to young voters in Ohio.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Detectives interviewed the taxi driver on Tuesday.",
        "The FBI has interviewed two of the suspects.",
    ],
)
def test_interviews_by_police_are_investigation(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_a_broadcasters_interview_is_no_event() -> None:
    assert event_types("CNN interviewed the senator on Sunday.") == []


def test_applying_for_asylum_is_a_request() -> None:
    text = "The Ortega family applied for political asylum in Canada last year."
    assert "REQUEST" in event_types(text)


def test_protesters_beginning_to_gather_protest() -> None:
    text = "Protesters were beginning to gather outside the Ortega family home on Monday."
    assert event_types(text) == ["PROTEST"]
