"""A reported verdict on a party's own act ("said X's refusal was not a good thing") blames
that party, though the act is an event word; a shortcoming that VADER rates mild ("inadequate",
"unelectable") is a verdict too. A denied, owner-less, self-judged or asked verdict blames no
one."""

from __future__ import annotations

import pytest

from .conftest import coded_events

DATE = "2016-05-02"


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Pelosi said McConnell's refusal to hold a vote was not a good thing.",
            "Pelosi",
            "McConnell",
        ),
        ("Warren said Trump's response to the storm was inadequate.", "Warren", "Trump"),
        ("Biden said Sanders is unelectable.", "Biden", "Sanders"),
        ("Graham said Cuomo's remarks about the police were inappropriate.", "Graham", "Cuomo"),
    ],
)
def test_a_verdict_on_a_party_or_its_act_accuses_it(text: str, speaker: str, target: str) -> None:
    accusations = [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"]
    assert [(sources, targets) for _, _, sources, targets in accusations] == [([speaker], [target])]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the council's plan was not inadequate.",
        "The minister said the supplies were insufficient.",
        "Did Warren say Trump's response to the storm was inadequate?",
        "Trump said his response to the storm was inadequate.",
        "Pelosi said McConnell's decision to hold a vote was a good thing.",
    ],
)
def test_a_denied_ownerless_asked_or_own_shortcoming_accuses_no_one(text: str) -> None:
    assert [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"] == []
