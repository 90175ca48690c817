"""Modality read from constructions: a negation shared by verbs joined with "or", "no longer"
(not done), a headline's bare infinitive ("AFL-CIO to endorse Clinton") and an act a plan or
proposal describes (planned)."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _modality(text: str, trigger: str) -> tuple[Modality, str | None]:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.modality, event.modality_cue.text if event.modality_cue else None


@pytest.mark.parametrize(
    ("text", "trigger", "cue"),
    [
        ("Russia did not attack or threaten Ukraine on Monday.", "threaten", "not"),
        ("The committee did not discriminate or retaliate against him.", "retaliate", "not"),
        ("Obama no longer supports the rebels in Syria.", "supports", "no"),
    ],
)
def test_a_verb_under_a_shared_negation_is_negated(text: str, trigger: str, cue: str) -> None:
    assert _modality(text, trigger) == (Modality.NEGATED, cue)


@pytest.mark.parametrize(
    ("text", "trigger", "cue"),
    [
        (
            "Iraq stopped cooperating with the U.N. weapons inspectors in August.",
            "cooperating",
            "stopped",
        ),
        ("The rebels have ceased negotiating with the government.", "negotiating", "ceased"),
    ],
)
def test_an_act_whose_gerund_a_verb_of_ceasing_governs_is_negated(
    text: str, trigger: str, cue: str
) -> None:
    assert _modality(text, trigger) == (Modality.NEGATED, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Police stopped the march at the bridge on Sunday.",
        "The governor must stop attacking the Kenyan envoy, the senator said.",
    ],
)
def test_a_stop_asked_for_or_done_to_another_party_negates_nothing(text: str) -> None:
    (result,) = run_texts(text)
    assert result.events
    assert all(e.modality != Modality.NEGATED for e in result.events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia did not attack, or Ukraine threatened Moscow.", "threatened"),
        ("The senator did not criticize Obama and praised Clinton.", "praised"),
    ],
)
def test_a_new_statement_after_a_negated_verb_keeps_its_own_modality(
    text: str, trigger: str
) -> None:
    assert _modality(text, trigger)[0] != Modality.NEGATED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("AFL-CIO to endorse Clinton.\n\nThe union's board meets next week.", "endorse"),
        ("Iran to release detained sailors, official says.", "release"),
    ],
)
def test_a_headline_infinitive_is_planned(text: str, trigger: str) -> None:
    assert _modality(text, trigger)[0] == Modality.PLANNED


def test_an_infinitive_asked_of_another_party_leaves_the_request_done() -> None:
    assert _modality("The UN asked Iran to release the sailors.", "asked")[0] == Modality.OCCURRED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The deal-breaker was his proposal to ban Muslims from entering the U.S.", "ban"),
        ("Obama announced a plan to send 300 troops to Iraq on Monday.", "send"),
    ],
)
def test_an_act_that_a_plan_or_proposal_describes_is_planned(text: str, trigger: str) -> None:
    assert _modality(text, trigger)[0] == Modality.PLANNED
