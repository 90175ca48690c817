"""An act in the simple present inside a "when" clause, under a present or modal main clause,
is what happens each time: kept only with `--all`, marked habitual. One dated, under a future, a
plan or a past is an act."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING

from .conftest import run_texts, typed_triggers

EACH_TIME = [
    (
        '"When I visit other countries, it\'s not my job to comment on candidates," Obama said.',
        "visit",
    ),
    (
        '"When we stand together, we can raise up working families," the union leader said.',
        "stand together",
    ),
    (
        "When the senator criticizes the governor, voters may see it as an attack on the party.",
        "criticizes",
    ),
]


@pytest.mark.parametrize("text,trigger", EACH_TIME)
def test_an_act_told_each_time_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in [t for _, t in typed_triggers(text)]


@pytest.mark.parametrize("text,trigger", EACH_TIME)
def test_all_events_keeps_it_marked_habitual(
    monkeypatch: pytest.MonkeyPatch, text: str, trigger: str
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    assert event.confidence < 0.5
    assert "habitual" in event.confidence_features


@pytest.mark.parametrize(
    "text,event",
    [
        (
            "The president will meet the Chinese leaders when he visits Beijing.",
            ("CONSULT", "meet"),
        ),
        ("The crowd cheered when Johnson criticized the governor.", ("ACCUSE", "criticized")),
        (
            "President Novak plans to raise human rights when he meets Raul Castro in Havana.",
            ("CONSULT", "meets"),
        ),
        (
            "President Novak is going to raise the issue when he meets the Chinese premier.",
            ("CONSULT", "meets"),
        ),
    ],
)
def test_an_act_to_come_or_told_past_stays(text: str, event: tuple[str, str]) -> None:
    assert event in typed_triggers(text)
