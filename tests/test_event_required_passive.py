"""An act told as a required passive ("must be approved by the court") is still to happen:
planned, like "to be relocated"."""

from __future__ import annotations

from eventwire.model import Modality

from .conftest import run_texts


def test_a_required_passive_is_planned() -> None:
    (result,) = run_texts("The plan was filed in a Lima court and must be approved by it.")
    (event,) = [e for e in result.events if e.trigger.text == "approved"]
    assert event.modality == Modality.PLANNED
