"""Acts told by measure nouns, shows of force, legal steps, trade workers and own-measure
concessions: each is coded by its word class, and look-alikes stay no event."""

from __future__ import annotations

import pytest

from tests.conftest import event_dyads, event_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada put three Russian banks on its sanctions blacklist.", "SANCTION"),
        ("Miners erected barricades on the highway near Potosi.", "PROTEST"),
        ("The governor invoked executive privilege to keep the records from lawmakers.", "REJECT"),
        ("The Senate voted to hold the energy secretary in contempt of Congress.", "ACCUSE"),
        ("The committee voted to cite the former aide for contempt.", "ACCUSE"),
        ("The families said they would file legal action against the army.", "ACCUSE"),
        ("Turkey keeps thousands of troops on its border with Syria.", "MOBILIZE"),
        ("Two Russian warships sailed through the Bosporus on Thursday.", "MOBILIZE"),
        ("Dockworkers in Rotterdam refused to unload a Russian tanker.", "REJECT"),
        ("The mayor suspended the tax hike on Monday.", "CONCEDE"),
        ("Qatar ended its support for the rebels.", "SANCTION"),
        ("Bus drivers in Lagos walked off the job on Monday.", "PROTEST"),
    ],
)
def test_act_classes_are_coded(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers unloaded the grain on Monday.",
        "The cruise ship sailed through the Panama Canal on Friday.",
        "The company keeps its archives in a warehouse near the port.",
        "The coach walked off the pitch in anger.",
    ],
)
def test_look_alikes_stay_no_event(text: str) -> None:
    assert event_types(text) == []


def test_suspending_aid_stays_a_sanction() -> None:
    assert event_dyads("The European Union suspended aid to Niger.") == [
        ("SANCTION", [None], ["NER"])
    ]


def test_ended_support_is_no_support() -> None:
    assert "SUPPORT" not in event_types("Qatar ended its support for the rebels.")
