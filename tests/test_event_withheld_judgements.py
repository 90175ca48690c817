"""Declining to weigh in on an issue or to criticize someone is a silence, no rejection of
anyone's act; refusing to give in or to condemn someone stays a refusal."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The governor declined to weigh in on the dispute over the county water rates.",
        "Senator Hale declined to criticize Mayor Ruiz during the debate on Tuesday.",
        "Asked about the strike, Mayor Ruiz declined to assail the union leaders.",
    ],
)
def test_a_withheld_judgement_is_no_refusal(text: str) -> None:
    assert "REJECT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The striking nurses refused to give in to the hospital board's demands.",
        "Senator Hale refused to condemn Mayor Ruiz on Tuesday.",
    ],
)
def test_refusing_to_give_in_or_to_condemn_stays_a_refusal(text: str) -> None:
    assert "REJECT" in event_types(text)
