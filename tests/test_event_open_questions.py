"""An embedded question leaves its act open: a yes-no question never tells the act, a
wh-question about an act still to come neither plans nor reports it, and a negated "say" or
"reveal" over a question does not negate the act it asks about."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING
from eventwire.model import Modality

from .conftest import run_texts

OPEN = [
    ("Three delegates have not said which candidate they would endorse.", "endorse"),
    ("Two delegates have not said who they would vote for.", "vote"),
    ("The cabinet is divided over whether to sanction the rebels.", "sanction"),
]


@pytest.fixture(scope="module")
def open_results() -> list:
    with pytest.MonkeyPatch.context() as patch:  # hypothetical acts are only in `--all`
        patch.setenv(ALL_EVENTS_SETTING, "1")
        return run_texts(*(text for text, _ in OPEN))


@pytest.mark.parametrize("index", range(len(OPEN)))
def test_an_act_a_question_asks_about_is_hypothetical(open_results: list, index: int) -> None:
    trigger = OPEN[index][1]
    (event,) = [e for e in open_results[index].events if e.trigger.text == trigger]
    assert event.modality == Modality.HYPOTHETICAL
    assert event.modality_cue is not None


@pytest.mark.parametrize(
    "text",
    [
        "Two delegates have not said who they would vote for.",
        "Three delegates have not said which candidate they would endorse.",
    ],
)
def test_an_open_act_is_not_output_as_an_event(text: str) -> None:
    (result,) = run_texts(text)
    assert result.events == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials would not say when the troops withdrew from the town.", "withdrew"),
        ("The envoy did not reveal when he met the Iranian ambassador.", "met"),
    ],
)
def test_a_negated_say_over_a_question_does_not_negate_a_done_act(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    assert event.modality != Modality.NEGATED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The veteran explained why he will not be supporting Governor Ellis.", "supporting"),
        ("Senator Ruiz told voters why she will not endorse Mayor Karen Doyle.", "endorse"),
    ],
)
def test_a_question_about_a_cause_takes_its_act_as_given(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    assert event.modality == Modality.NEGATED
