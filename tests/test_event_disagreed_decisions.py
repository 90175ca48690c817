"""Disagreeing with a decision or a ruling rejects it, as disagreeing with a charge does;
disagreeing with a person on things is an opinion, no act."""

from __future__ import annotations

from .conftest import typed_triggers


def test_disagreeing_with_a_decision_rejects_it() -> None:
    text = "The Czech minister disagrees with the European Commission's decision to fine Prague."
    assert ("REJECT", "disagrees") in typed_triggers(text)


def test_disagreeing_with_someone_on_things_is_no_rejection() -> None:
    assert typed_triggers("I disagree with him on many things.") == []
