"""Criticism a party's act is met with (`events.received`) and verdicts given with "as"
(`events.as_verdicts`): "the plan was met with outrage by X" is X accusing the plan's author;
"described the move by Y as reckless" accuses Y; "described the claims as baseless" denies."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, set[str | None], set[str | None]]]:
    events = run_texts(text, date="2001-05-04")[0].events
    return [
        (e.type, {p.country for p in e.actors}, {p.country for p in e.recipients}) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's offer to host the talks was met with outrage by Sweden.",
        "The proposal by Norway was greeted with anger by Sweden.",
        "The Norwegian fishing quota drew fury from Sweden on Monday.",
        "Norway's whaling plan drew condemnations from Sweden.",
    ],
)
def test_anger_a_partys_act_meets_is_an_accusation_of_its_author(text: str) -> None:
    assert ("ACCUSE", {"SWE"}, {"NOR"}) in _sides(text)


def test_a_standard_met_is_still_no_event() -> None:
    assert _sides("The new quota was met with resistance at the port.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile described Peru's new quota as reckless.",
        "Chile called Peru's fishing ban as irresponsible.",
        "Chile called the Peruvian statement misleading.",
        "Chile branded the Peruvian report as propaganda.",
    ],
)
def test_a_wrong_found_in_a_partys_act_or_words_accuses_that_party(text: str) -> None:
    assert ("ACCUSE", {"CHL"}, {"PER"}) in _sides(text)


def test_a_wrong_found_in_what_a_participle_says_a_party_did_is_an_accusation() -> None:
    assert ("ACCUSE", {"CHL"}) in [
        (kind, doers)
        for kind, doers, _ in _sides("Chile described the quota set by Peru as reckless.")
    ]


def test_a_wrong_found_in_a_thing_no_one_authored_accuses_no_one() -> None:
    assert _sides("Engineers described the old bridge as dangerous.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile described the Peruvian accusations as baseless.",
        "Chile called Peru's claims as false.",
    ],
)
def test_a_claim_presented_as_false_is_denied(text: str) -> None:
    assert ("REJECT", {"CHL"}, {"PER"}) in _sides(text)


def test_disdain_said_of_a_partys_words_accuses_that_party() -> None:
    text = "Chile's minister said Peru's rhetoric had been condescending."
    assert any(kind == "ACCUSE" and "PER" in targets for kind, _, targets in _sides(text))
