"""The trigger search asks a lemma-bound rule check only of the lemmas its own lexicon rows
name (`ruled_triggers.ruled_checks`, `received.RECEIVED_VERBS`, `lexicon.reporting_lemmas`):
the gates come from the lexicons, and a word of a gate's set still fires its check."""

from __future__ import annotations

import pytest

from eventwire.events.crowds import GATHERING
from eventwire.events.legal_acts import UPHOLDING
from eventwire.events.lexicon import reporting_lemmas, words
from eventwire.events.passed_bills import PASSING
from eventwire.events.received import RECEIVED_VERBS, RECEIVING
from eventwire.events.ruled_triggers import (
    RULED,
    editor_match,
    gathered_match,
    headline_match,
    legal_match,
    passed_bill,
    ruled_checks,
    suit_claim,
    visit_match,
)
from eventwire.events.suit_claims import PAPER_VERBS
from eventwire.parse.cue_rows import cue_lexicon
from tests.conftest import coded_events

UNGATED = (visit_match, headline_match, editor_match)


def test_gates_are_the_checks_own_lexicon_words() -> None:
    gates = dict(RULED)
    assert gates[gathered_match] == GATHERING == words("event_words.tsv", "gathering")
    assert gates[legal_match] == UPHOLDING == words("event_words.tsv", "upholding")
    assert gates[passed_bill] == PASSING == words("event_words.tsv", "bill_passing")
    assert gates[suit_claim] == PAPER_VERBS
    assert RECEIVING <= RECEIVED_VERBS
    assert set(cue_lexicon()) <= reporting_lemmas()
    assert words("event_words.tsv", "attributive") <= reporting_lemmas()


def test_a_word_of_no_gate_costs_only_the_ungated_checks() -> None:
    assert ruled_checks("table") == UNGATED


@pytest.mark.parametrize("lemma", sorted(GATHERING | UPHOLDING | PASSING | PAPER_VERBS))
def test_a_gated_lemma_keeps_its_check_in_order(lemma: str) -> None:
    checks = ruled_checks(lemma)
    order = [check for check, _ in RULED]
    assert list(checks) == sorted(checks, key=order.index)
    assert any(check not in UNGATED for check in checks)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Hundreds of protesters gathered outside the ministry in Accra on Monday.", "141"),
        ("The appeals court upheld the ruling on Tuesday.", "051"),
        ("The bill passed the Senate on Friday.", "051"),
        (
            "Farmers filed a lawsuit against the firm. The suit claims that it poisoned a river.",
            "112",
        ),
        ("The minister came under fire from opposition lawmakers.", "111"),
        ("The president wants Mexico to pay for the wall.", "100"),
    ],
)
def test_a_word_of_a_gate_still_fires(text: str, cameo: str) -> None:
    assert cameo in [code for _, code, _, _ in coded_events(text, "2024-03-05")]
