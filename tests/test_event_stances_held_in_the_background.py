"""A demand or a refusal that a named party holds while another act goes on ("amid stiff
Republican opposition", "because of her calls for a recount") is told standing: it stays an
event, where a bare act named as the background of another ("after the merger") is none. A
verb of denial leaves such a stance standing: "the bill failed amid opposition" denies no
opposition."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2016-06-01")
    return [(e.type, e.trigger.text) for e in result.events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The farm bill stalled amid stiff Democratic opposition.", ("REJECT", "opposition")),
        ("The vote was delayed because of her calls for a recount.", ("REQUEST", "calls")),
    ],
)
def test_a_stance_held_in_the_background_is_an_event(text: str, event: tuple[str, str]) -> None:
    assert event in _events(text)


def test_an_act_without_parties_in_the_background_stays_out() -> None:
    assert _events("The bakery hired new staff after the merger.") == []


def test_a_failure_amid_a_stance_leaves_the_stance_told() -> None:
    (result,) = run_texts("The farm bill failed amid stiff Democratic opposition.")
    (refusal,) = [e for e in result.events if e.trigger.text == "opposition"]
    assert refusal.modality != Modality.NEGATED
