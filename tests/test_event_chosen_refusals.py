"""A choice not to act ("the firm's decision not to fund the convention") keeps the negated act,
which PLOVER folds into REJECT, also where it hangs under another clause's act."""

from __future__ import annotations

from .conftest import run_texts


def test_decision_not_to_fund_keeps_the_negated_aid() -> None:
    text = (
        "The senator's remarks about banks may have led to Citigroup's decision not to fund "
        "the Republican convention this year."
    )
    (result,) = run_texts(text)
    aid = [e for e in result.events if e.type == "AID"]
    assert [(e.modality.value, [a.name for a in e.actors]) for e in aid] == [
        ("negated", ["Citigroup"])
    ]
