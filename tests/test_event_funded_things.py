"""A funding verb whose object is a thing pays for a programme or a cause, no party's aid to
another; funding a party or the gathering it holds stays AID."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "About 58 percent of American companies fund maternity leave at full pay, a study found.",
        "The bank even financed the restoration of historic Old San Juan.",
    ],
)
def test_funding_a_thing_is_no_aid(text: str) -> None:
    assert "AID" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Saudi Academy, funded by the government of Saudi Arabia, can move to Ashburn.",
        "The RNC gets no help from many companies who funded the convention in years past.",
        "Iran has financed Hezbollah since the 1980s.",
        "The United States funded Israel's Iron Dome missile defense system.",
        "Washington will finance Iraq's reconstruction after the war.",
    ],
)
def test_funding_a_party_or_its_gathering_stays_aid(text: str) -> None:
    assert "AID" in event_types(text)
