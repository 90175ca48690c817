"""A party's strong wrong brought to notice ("highlighted the hypocrisy of the Democrats",
"pointed out the governor's failures") is a charge against that party; a plain thing, a wrong
no party owns, a denied or a passive exposure is none."""

from __future__ import annotations

import pytest

from .conftest import coded_events

DATE = "2016-05-02"


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Kasich highlighted Cruz's failures on the budget.",
            "Kasich",
            "Cruz",
        ),
        (
            "Senator Lowe pointed out the governor's failures on the budget.",
            "Lowe",
            "the governor",
        ),
        (
            "In a long speech, Warren highlighted the hypocrisy of the Republicans.",
            "Warren",
            "Republicans",
        ),
    ],
)
def test_a_partys_wrong_brought_to_notice_accuses_it(text: str, speaker: str, target: str) -> None:
    accusations = [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"]
    assert [(sources, targets) for _, _, sources, targets in accusations] == [([speaker], [target])]


@pytest.mark.parametrize(
    "text",
    [
        "The Kasich campaign highlighted Cruz's plans for the budget.",
        "The governor's visit highlighted the water crisis in the valley.",
        "Senator Lowe did not point out the governor's failures on the budget.",
        "Senator Lowe pointed to the polls in the state.",
    ],
)
def test_a_plain_ownerless_or_denied_exposure_accuses_no_one(text: str) -> None:
    assert [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"] == []
