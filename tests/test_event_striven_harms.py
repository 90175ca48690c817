"""A harm to people that a party is said to try, want or plan to do blames that party, as a
harm said done does ("said the Republicans are trying to hurt workers"); a denied striving or
a harm to a thing is none."""

from __future__ import annotations

import pytest

from .conftest import coded_events

DATE = "2016-05-02"


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Senator Lowe said the Republicans are trying to hurt workers.",
            "Lowe",
            "Republicans",
        ),
        ("Mayor Ortiz said the bankers want to cheat our families.", "Ortiz", "the bankers"),
    ],
)
def test_a_harm_a_party_strives_for_accuses_it(text: str, speaker: str, target: str) -> None:
    accusations = [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"]
    assert [(sources, targets) for _, _, sources, targets in accusations] == [([speaker], [target])]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lowe said the Republicans are not trying to hurt workers.",
        "Senator Lowe said the Republicans are trying to hurt the bill's chances.",
    ],
)
def test_a_denied_striving_or_a_harm_to_a_thing_accuses_no_one(text: str) -> None:
    assert [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"] == []
