"""Leaving a race or an office: a candidate who drops out, ends a bid or suspends a campaign
yields to no one, which coders code as no event (nor a sanction), while conceding to a rival,
resigning or quitting a post stays a concession; "he should resign" in a quote is the speaker's
demand for that exit. A vow to stay in the race promises no one anything, while a vow to carry
on a fight against a named side threatens it."""

from __future__ import annotations

import pytest

from tests.conftest import event_at, event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Governor Walker dropped out of the presidential race in September.",
        "Governor Walker, who ran for the nomination, dropped out in September.",
        "Senator Lund dropped out of the running on Tuesday.",
        "Senator Ward suspended her campaign on Tuesday.",
        "Governor Hale ended his presidential bid on Wednesday.",
        "Governor Hale ended his bid for the White House on Wednesday.",
    ],
)
def test_candidate_leaving_a_race_yields_to_no_one(text: str) -> None:
    assert not {"CONCEDE", "SANCTION"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lund conceded the primary to Governor Walker on Tuesday.",
        "Governor Walker quit his post as party chairman on Friday.",
        "The mayor of Tulsa resigned on Friday.",
    ],
)
def test_yielding_to_a_rival_or_leaving_a_post_concedes(text: str) -> None:
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


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lund wins Rhode Island, vows to press on to the next primary.",
        "Senator Lund has vowed to fight on until the convention.",
        "Senator Lund vowed to stay in the campaign until the convention in July.",
        "The Lund campaign vowed Tuesday to remain in the fight through the California primary.",
    ],
)
def test_a_vow_to_stay_in_the_race_is_no_event(text: str) -> None:
    assert not {"AGREE", "THREATEN"} & set(event_types(text))


def test_a_vow_to_carry_on_a_fight_against_a_named_side_threatens_it() -> None:
    assert "THREATEN" in event_types("The rebels vowed to continue the fight against the army.")


def test_a_pledge_to_remain_a_partner_stays_a_commitment() -> None:
    assert "AGREE" in event_types("Merkel pledged to remain a reliable partner of Washington.")


def test_a_vow_to_continue_a_legal_battle_still_threatens() -> None:
    text = "Maria Lopez's uncle vowed to continue the battle in the courts."
    assert "THREATEN" in event_types(text)


def test_a_candidates_vow_to_fight_against_a_named_side_is_no_race_stay() -> None:
    text = "Bernie Sanders vowed to continue the fight against Wall Street."
    assert "THREATEN" in event_types(text)
