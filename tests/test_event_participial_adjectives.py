"""A present participle after "be" whose subject is a thing says what the thing is like: no
one strikes, challenges or demands; a party's participle stays its act."""

from __future__ import annotations

from tests.conftest import event_types

DAY = "2016-04-02"


def test_striking_contrasts_are_no_strike() -> None:
    text = "The contrasts between the two governors are striking."
    assert "PROTEST" not in event_types(text, DAY)


def test_a_challenging_task_is_no_request() -> None:
    text = '"It will be challenging to finish the count by Friday," a county clerk said.'
    assert "REQUEST" not in event_types(text, DAY)


def test_striking_nurses_still_protest() -> None:
    text = "The nurses at the county hospital are striking for safer staffing."
    assert "PROTEST" in event_types(text, DAY)
