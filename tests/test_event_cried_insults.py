"""An insult cried out ("shouted 'traitor' at the mayor") or a cry to jail someone ("chanted
'Lock her up!'") blames the one it is aimed at; cheers, appeals and cries of alarm blame no one."""

from __future__ import annotations

import pytest

from .conftest import coded_events

DATE = "2016-05-02"


@pytest.mark.parametrize(
    ("text", "criers", "target"),
    [
        (
            'Angry farmers shouted "traitor" at the minister outside the hall.',
            ["Angry farmers"],
            ["the minister"],
        ),
        (
            'The students yelled "liar" at Senator Lowe during the town hall.',
            ["The students"],
            ["Lowe"],
        ),
        (
            "The angry farmers ran at Minister Hale as he left the hall, waving fists at him"
            ' and shouting "traitor."',
            ["The angry farmers"],
            ["him"],
        ),
        (
            'As Mr. Grant spoke about Senator Lowe, the delegates chanted, "Lock her up!"',
            ["the delegates"],
            ["her"],
        ),
    ],
)
def test_a_cried_insult_accuses_the_one_it_is_aimed_at(
    text: str, criers: list[str], target: list[str]
) -> None:
    cries = [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"]
    assert [(sources, targets) for _, _, sources, targets in cries] == [(criers, target)]


@pytest.mark.parametrize(
    "text",
    [
        'His supporters at the arena chanted "Lowe! Lowe!" as she walked in.',
        'Passengers were shouting, "It is a terrorist attack!" as the train stopped.',
        'The fans screamed "We love you" at the singer.',
        'As the storm came, the guards yelled "Lock the doors!" at the staff.',
    ],
)
def test_cheers_and_alarms_cried_out_accuse_no_one(text: str) -> None:
    assert [e for e in coded_events(text, DATE) if e[0] == "ACCUSE"] == []
