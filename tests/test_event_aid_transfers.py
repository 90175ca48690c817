"""Aid told by ordinary transfer verbs with concrete cargo is AID: relief shipped, flown or sent,
medical staff sent, the wounded flown to care, people fed, a party armed. The staff sent are
the aid, not its receivers; with no receiver named, a relief story's dateline names them. The
same verbs with other cargo ("sent a letter", "shipped cars", "sent troops") are no aid."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types


@pytest.mark.parametrize(
    "text",
    [
        "Sweden shipped 8,000 tents to refugees in Lebanon.",
        "Spain sent 30 doctors to the flooded towns of Bolivia.",
        "The Thai navy flew wounded fishermen to hospitals in Yangon.",
        "The agency is preparing to feed 150,000 people in southern Angola.",
        "Belarus is arming the separatist militias, Lithuanian officials said.",
        "Italy sent 300 tonnes of medical supplies to Tunisia.",
    ],
)
def test_transfer_verbs_with_aid_cargo_are_aid(text: str) -> None:
    assert event_types(text) == ["AID"]


def test_the_staff_sent_are_no_receivers() -> None:
    assert event_dyads("Spain sent 30 doctors to Bolivia.") == [("AID", ["ESP"], ["BOL"])]


def test_aid_with_no_receiver_goes_to_the_people_of_the_dateline() -> None:
    text = "MANADO, Indonesia (AP) _ Australia sent 40 doctors after the earthquake."
    assert event_dyads(text) == [("AID", ["AUS"], ["IDN"])]


@pytest.mark.parametrize(
    "text,types",
    [
        ("The mayor sent a letter to the council on Tuesday.", []),
        ("The carmaker shipped 9,000 cars to Asia last year.", []),
        ("The charter airline flew 300 tourists to Crete.", []),
        ("The ranchers fed their sheep with imported hay.", []),
        ("The navy sent two warships to the strait.", ["MOBILIZE"]),
    ],
)
def test_other_cargo_is_no_aid(text: str, types: list[str]) -> None:
    assert event_types(text) == types
