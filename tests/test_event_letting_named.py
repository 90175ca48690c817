"""False events by general cause (falsepos53): letting that a noun or an adjective names as its
topic ("opponents of allowing ferries in", "open to allowing it") is a policy spoken of, not leave
given; a party letting others act, or a ruling's leave, still concedes."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is the loudest proponent of allowing ferries to dock at the old pier.",
        "Opponents of allowing the casino into the county packed the hearing on Tuesday.",
        '"I am open to allowing farmers to sell their water rights," the governor said.',
        "She defended her position of not permitting trucks on the bridge at night.",
        "The mayor is a supporter of legalizing street vendors in the old town.",
        "No one fought harder against legalizing casinos than the governor.",
    ],
)
def test_letting_named_as_a_topic_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard allowed the fishermen to return to the harbor on Friday.",
        "The judge issued a ruling allowing the refugees to remain in the country.",
    ],
)
def test_a_party_or_a_ruling_letting_others_act_still_concedes(text: str) -> None:
    assert "CONCEDE" in event_types(text)
