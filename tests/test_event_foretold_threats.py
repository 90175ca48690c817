"""Harm foretold to another party ("will bear the consequences", "would pay a heavy price") is
a threat by the one who says it against the one who will suffer it."""

from __future__ import annotations

from .conftest import event_dyads


def test_a_quoted_foretold_harm_threatens_its_subject() -> None:
    text = (
        '"Georgia has chosen confrontation, and it will bear the consequences," '
        "the Russian Foreign Ministry said."
    )
    assert ("THREATEN", ["RUS"], ["GEO"]) in event_dyads(text)


def test_a_reported_foretold_harm_threatens_its_subject() -> None:
    text = "Beijing said Taipei would pay a heavy price for the visit."
    assert event_dyads(text) == [("THREATEN", ["CHN"], ["TWN"])]


def test_harm_told_as_past_is_no_threat() -> None:
    text = "Chechnya paid a heavy price in the war, the Russian historian said."
    assert "THREATEN" not in [d[0] for d in event_dyads(text)]
