"""A pledge, promise or vow is coded by what it commits to: support pledged is SUPPORT, planned
(PLOVER folds it into AGREE); a commitment not to cooperate is a refusal (REJECT); a commitment
to a hostile act a threat; a pledge of restraint stays a commitment; an agreement stays AGREE.
A commitment stated with an adjective ("committed to", "prepared to") plans the act it governs.
Committed to a party itself ("superdelegates committed to Clinton") is allegiance: SUPPORT, and so
is allegiance pledged to a party ("pledged allegiance to the militia")."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text,coded",
    [
        ("Chile promised to back the Peruvian bid.", [("SUPPORT", "planned")]),
        ("Sweden pledged its support for Ukraine.", [("SUPPORT", "planned")]),
        ("The mayor vowed not to vote for Garcia in the runoff.", [("REJECT", "occurred")]),
        ("Pakistan vowed to retaliate against India.", [("THREATEN", "occurred")]),
        ("Egypt pledged not to attack the camps.", [("AGREE", "occurred")]),
        ("Italy pledged to send 300 soldiers to Lebanon.", [("AGREE", "occurred")]),
        ("Syria vowed to deploy rockets along the frontier.", [("THREATEN", "occurred")]),
        ("Norway agreed to support the Danish plan.", [("AGREE", "occurred")]),
        (
            "Portugal remains committed to welcoming refugees from Sudan, the premier said.",
            [("SUPPORT", "planned")],
        ),
    ],
)
def test_commitment_is_coded_by_what_it_commits_to(text: str, coded: list[tuple[str, str]]) -> None:
    assert typed_modalities(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "Governor Novak clinched a majority of regular, pledged delegates on Tuesday.",
        "The party's count includes pledged delegates and superdelegates.",
    ],
)
def test_pledged_delegates_are_a_count_not_a_pledge(text: str) -> None:
    assert typed_modalities(text) == []


def test_a_pledge_to_a_party_stays() -> None:
    text = "Senator Kowalski pledged on Tuesday to cooperate with the Labour Party."
    assert [t for t, _ in typed_modalities(text)] == ["AGREE"]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Two dozen superdelegates are already committed to Governor Novak, the party said.",
            [("SUPPORT", "claimed")],
        ),
        (
            "Most superdelegates have yet to commit to either Novak or Garcia.",
            [("SUPPORT", "negated")],
        ),
        ("Germany remains committed to NATO, the chancellor said.", [("SUPPORT", "claimed")]),
    ],
)
def test_committed_to_a_party_backs_it(text: str, coded: list[tuple[str, str]]) -> None:
    assert typed_modalities(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "Japan pledged $8 million to Vietnam.",
        "Poland committed to the trench warfare of the campaign.",
    ],
)
def test_a_thing_or_an_act_committed_stays_a_pledge(text: str) -> None:
    assert [t for t, _ in typed_modalities(text)] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Zeta cell pledged allegiance to the Islamic State last spring.",
        "General Orlov vowed his loyalty to President Petrov.",
    ],
)
def test_allegiance_pledged_to_a_party_backs_it(text: str) -> None:
    assert [t for t, _ in typed_modalities(text)] == ["SUPPORT"]
