"""Saying that a party should get, have or meet a thing ("should get a lift", "has to contend
with the claim") tells its lot, no act asked of it: no demand. A duty to do something, also
with a verb of getting and a place left ("should get out of"), stays a demand (REQUEST)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "He should also get a lift from the victory in Ohio, Warren said.",
        "Plouffe said the governor has to contend with the claim that the state hid the report.",
        "Barr said the senator should receive a fair hearing from the panel.",
    ],
)
def test_a_lot_met_is_no_demand(text: str) -> None:
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kerry said Iran should get out of Syria.",
        "Kerry said Iran should get its troops out.",
        "Pelosi said the governor has to resign now.",
        "Rubio said the United States must close its ports to the ships.",
    ],
)
def test_a_duty_to_act_stays_a_demand(text: str) -> None:
    assert "REQUEST" in event_types(text)
