"""Acts on bills and laws: a chamber passing one and an executive signing it enact it
(SUPPORT); a court voiding, eviscerating or enjoining one refuses it (REJECT). A bill told as
passing a chamber is the chamber's act."""

from __future__ import annotations

import pytest

from .conftest import run_texts

OPENING = "AUSTIN — Governor Dale Perrin and Judge Rosa Ivers spoke on Monday. "

Coded = list[tuple[str, str, list[str]]]


def _coded(text: str) -> Coded:
    (result,) = run_texts(OPENING + text)
    start = len(OPENING)
    return [
        (e.type, e.trigger.text, [p.name for p in e.actors])
        for e in result.events
        if e.trigger.start >= start
    ]


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "The state Senate passed the education bill on Tuesday.",
            [("SUPPORT", "passed", ["Senate"])],
        ),
        (
            "Perrin signed the water bill into law on Friday.",
            [("SUPPORT", "signed", ["Dale Perrin"])],
        ),
        (
            "The tax measure cleared the Senate on Wednesday.",
            [("SUPPORT", "cleared", ["Senate"])],
        ),
        (
            "Judge Ivers voided the county's new zoning law.",
            [("REJECT", "voided", ["Rosa Ivers"])],
        ),
        (
            "Judge Ivers eviscerated the new voting law.",
            [("REJECT", "eviscerated", ["Rosa Ivers"])],
        ),
    ],
)
def test_acts_on_bills_and_laws(text: str, coded: Coded) -> None:
    assert _coded(text) == coded


def test_an_injunction_blocking_a_bill_is_one_refusal() -> None:
    coded = _coded("Judge Ivers issued an injunction blocking the new fishing bill.")
    assert [(t, w) for t, w, _ in coded] == [("REJECT", "issued")]


def test_signing_a_letter_is_no_act() -> None:
    assert _coded("Perrin signed the letter on Friday.") == []


def test_a_pass_in_a_game_is_no_act() -> None:
    assert _coded("The striker passed the ball to the winger.") == []


def test_a_law_enacted_to_impose_sanctions_is_the_sanction() -> None:
    (result,) = run_texts(
        OPENING + "The Senate passed a bill imposing new sanctions on Venezuela on Tuesday."
    )
    events = [e for e in result.events if e.trigger.start >= len(OPENING)]
    assert [(e.type, e.trigger.text) for e in events] == [("SANCTION", "passed")]
    assert [p.name for p in events[0].recipients] == ["Venezuela"]


@pytest.mark.parametrize(
    "text",
    [
        "The state legislature passed laws barring almost all abortions after 20 weeks.",
        "The city council approved a resolution condemning Perrin's call for a ban on refugees.",
    ],
)
def test_a_law_that_bans_a_thing_or_names_anothers_ban_imposes_nothing(text: str) -> None:
    coded = [(t, w) for t, w, _ in _coded(text)]
    assert ("SUPPORT", text.split()[3]) in coded
    assert "COERCE" not in [t for t, _ in coded]


def test_a_bill_clearing_a_hurdle_is_no_act() -> None:
    assert _coded("The water bill must still clear a procedural hurdle.") == []


def test_signing_an_agreement_that_binds_the_signer_stays_support() -> None:
    coded = _coded("Perrin signed an agreement barring him from lobbying for two years.")
    assert [(t, w) for t, w, _ in coded] == [("SUPPORT", "signed")]


def test_a_chamber_unable_to_pass_a_budget_passed_none() -> None:
    (result,) = run_texts(OPENING + "The Senate has been unable to pass a budget for months.")
    events = [e for e in result.events if e.trigger.start >= len(OPENING)]
    assert [(e.type, e.modality.value) for e in events] == [("SUPPORT", "negated")]
