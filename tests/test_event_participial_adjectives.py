"""A present participle after "be" whose subject is a thing says what the thing is like: no
one strikes, challenges or demands; a party's participle stays its act."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-04-02")
    return [e.type for e in result.events]


def test_striking_contrasts_are_no_strike() -> None:
    assert "PROTEST" not in _types("The contrasts between the two governors are striking.")


def test_a_challenging_task_is_no_request() -> None:
    text = '"It will be challenging to finish the count by Friday," a county clerk said.'
    assert "REQUEST" not in _types(text)


def test_striking_nurses_still_protest() -> None:
    assert "PROTEST" in _types("The nurses at the county hospital are striking for safer staffing.")
