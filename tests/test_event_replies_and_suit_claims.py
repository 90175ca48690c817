"""Replies told with what they answer ("fired back that ...", "countered that ...",
"disagree with those claims") reject the charge and are aimed at
its maker; what a court paper says or asks ("the suit claims ...", "the lawsuit demands ...")
is its filer's accusation or demand against the defendant (`events.suit_claims`)."""

from __future__ import annotations

import pytest

from .conftest import run_texts

DATE = "2020-03-04"
CHARGE = "Senator Mark Hollis accused Governor Dana Reyes of hiding the audit."


def _typed(text: str, kind: str, cameo: str = "") -> list[tuple[list[str], list[str]]]:
    """Doers' and targets' actor names of each event of one type (and CAMEO code)."""
    (result,) = run_texts(text, date=DATE)
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.type == kind and (e.cameo or "").startswith(cameo)
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "Reyes fired back that Hollis was playing politics with the budget.",
        "Reyes shot back that Hollis had never read the audit.",
        "Reyes countered that the audit had been public for months.",
        "Reyes retorted that Hollis was playing politics with the budget.",
    ],
)
def test_a_retort_with_its_content_rejects_the_charge_it_answers(reply: str) -> None:
    assert _typed(f"{CHARGE} {reply}", "REJECT") == [(["Dana Reyes"], ["Mark Hollis"])]


def test_disagreeing_with_those_claims_rejects_their_maker() -> None:
    text = (
        "Senator Mark Hollis said Governor Dana Reyes had hidden the audit. "
        '"We disagree strongly with those claims," said Tom Avery, a spokesman for Reyes.'
    )
    assert _typed(text, "REJECT") == [(["Tom Avery"], ["Mark Hollis"])]


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks fired back with a three-pointer in the final minute.",
        "Rebels opened fire on the convoy and the soldiers fired back.",
        "China and Vietnam have long-running territorial disputes in the South China Sea.",
        "I disagree with him on taxes, but he is a good man.",
        '"He has never read a budget in his life," Reyes shot back with a laugh.',
    ],
)
def test_no_reply_where_no_charge_is_answered(text: str) -> None:
    assert _typed(text, "REJECT") == []


def test_what_the_suit_claims_is_its_filers_accusation() -> None:
    text = (
        "The Sierra Club filed a lawsuit against Exxon Mobil on Monday. "
        "The suit claims the company dumped waste into the river."
    )
    assert _typed(text, "ACCUSE", "112") == [(["Sierra Club"], ["Exxon Mobil"])]


def test_what_the_suit_says_is_aimed_at_the_defendant_when_the_content_names_no_one() -> None:
    text = (
        "The Sierra Club filed a lawsuit against Exxon Mobil. "
        "The suit says the river was poisoned last spring."
    )
    assert _typed(text, "ACCUSE", "112") == [(["Sierra Club"], ["Exxon Mobil"])]


def test_what_the_lawsuit_demands_is_its_filers_request() -> None:
    text = (
        "Anna Pruitt filed a lawsuit against the county board in May. "
        "Pruitt's lawsuit demands her reinstatement and back pay."
    )
    assert [src for src, _ in _typed(text, "REQUEST")] == [["Anna Pruitt"]]


def test_a_suit_with_no_filer_known_has_no_guessed_doer() -> None:
    text = "The suit claims the city violated the rights of protesters."
    assert all(src == [] for src, _ in _typed(text, "ACCUSE"))


def test_a_suit_of_clothes_is_no_court_paper() -> None:
    text = "The mayor wore a dark suit to the meeting, and the tailor said it was new."
    assert _typed(text, "ACCUSE") == []
