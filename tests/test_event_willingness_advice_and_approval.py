"""Stances told as willingness, insistence and approval (PLOVER AGREE, REQUEST, SUPPORT).

A stated willingness or readiness toward an act is an offer (AGREE), also when the act is
reached through a trip ("willing to travel to X to meet Y") or the stance is an expressed noun;
an insistence that a party must act and advice to or against an act are demands (REQUEST);
a plain ruling or an insisted claim is none; giving an act the green light, voting or speaking in
favour of it backs it (SUPPORT), voting against a party's treaty opposes it (REJECT), aimed at
the thing's owner or partner."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _coded(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    """(type, trigger, source countries, target countries) of each event."""
    (result,) = run_texts(text, date="2016-05-02")
    return [
        (
            e.type,
            e.trigger.text,
            {p.country for p in e.actors if p.country},
            {p.country for p in e.recipients if p.country},
        )
        for e in result.events
    ]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Chilean President Michelle Bachelet said she is willing to travel to Bolivia to meet"
            " President Evo Morales.",
            [("AGREE", "willing", {"CHL"}, {"BOL"})],
        ),
        (
            "Vietnam has expressed readiness to cooperate with Laos on border security.",
            [("AGREE", "readiness", {"VNM"}, {"LAO"})],
        ),
        (
            "The Kenyan government is prepared to hand over the suspects to Uganda.",
            [("AGREE", "prepared", {"KEN"}, {"UGA"})],
        ),
    ],
)
def test_a_stated_willingness_toward_an_act_is_an_offer(text: str, coded: list) -> None:
    assert _coded(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "They want people who are prepared to fight for economic change.",
        "The company is ready to launch a new product.",
        "Critics attacked her willingness to accept corporate donations at the forum.",
    ],
)
def test_readiness_for_no_act_or_a_willingness_discussed_is_no_offer(text: str) -> None:
    assert "AGREE" not in [c[0] for c in _coded(text)]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Japan insisted that North Korea should return the abducted citizens.",
            [("REQUEST", "insisted", {"JPN"}, {"PRK"})],
        ),
        (
            "Canadian lawyers counseled the Mexican government against the extradition.",
            [("REQUEST", "counseled", {"CAN"}, {"MEX"})],
        ),
        (
            "German officials advised the Greek government against holding a referendum.",
            [("REQUEST", "advised", {"DEU"}, {"GRC"})],
        ),
    ],
)
def test_insistence_and_advice_that_a_party_act_are_demands(text: str, coded: list) -> None:
    assert _coded(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "Some activists insist that Sanders may yet win California.",
        "The judge ruled that the law was unconstitutional.",
        "He advised the president on foreign policy for years.",
    ],
)
def test_an_insisted_claim_or_a_plain_ruling_is_no_demand(text: str) -> None:
    assert "REQUEST" not in [c[0] for c in _coded(text)]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Norway gave the green light to the Swedish plan.",
            [("SUPPORT", "green light", {"NOR"}, {"SWE"})],
        ),
        (
            "The Polish parliament voted in favor of admitting Estonia and Latvia.",
            [("SUPPORT", "voted", {"POL"}, {"EST", "LVA"})],
        ),
        (
            "The Greek minister spoke in favour of the Turkish proposal.",
            [("SUPPORT", "spoke", {"GRC"}, {"TUR"})],
        ),
        (
            "The Irish senate voted against the treaty with Britain.",
            [("REJECT", "voted against", {"IRL"}, {"GBR"})],
        ),
    ],
)
def test_approval_and_votes_back_or_oppose_the_owner(text: str, coded: list) -> None:
    assert _coded(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "It was a blessing in disguise for the Kenyan president.",
        "The senator voted for the first time in Iowa.",
    ],
)
def test_a_blessing_in_another_sense_or_a_first_vote_backs_no_one(text: str) -> None:
    assert _coded(text) == []


def test_being_open_to_a_cooperative_act_is_an_offer_but_open_to_blame_is_not() -> None:
    assert _coded("The Cuban government is open to negotiations with Washington.") == [
        ("AGREE", "open", {"CUB"}, {"USA"})
    ]
    assert _coded("The minister is open to criticism.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, the boy's grandmother, said she was willing to meet the Spanish minister.",
        "Maria Lopez, the girl's aunt, said she was willing to meet the Spanish minister.",
    ],
)
def test_the_named_speaker_described_by_kin_is_the_one_willing(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert [[p.name for p in e.actors] for e in result.events] == [["Maria Lopez"]]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Iran reiterated its readiness to resume talks with the European Union.",
            [("AGREE", "readiness", {"IRN"}, set())],
        ),
        (
            "North Korea signalled its willingness to return to negotiations with Seoul.",
            [("AGREE", "willingness", {"PRK"}, {"KOR"})],
        ),
    ],
)
def test_a_stated_readiness_to_take_up_talks_is_an_offer(text: str, coded: list) -> None:
    assert _coded(text) == coded
