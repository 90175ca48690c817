"""Talk with no political partner is plain saying, not consultation: a topic gone through or
talked about at length, or a "to" object that is a thing."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Clinton, speaking in Ohio, talked through policy issues that matter to this crowd.",
        "The networks stuck with Trump talking at length about his financial successes.",
        "A video showed Cruz discussing his amendments to the bill on Thursday.",
    ],
)
def test_talk_on_a_topic_without_a_partner_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Obama talked to Putin about Syria on Monday.",
        "Kerry talked at length with Lavrov about the ceasefire on Friday.",
    ],
)
def test_talk_with_a_partner_stays_a_consultation(text: str) -> None:
    assert "CONSULT" in event_types(text)
