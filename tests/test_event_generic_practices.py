"""A bare singular coercion noun names a practice or a policy ("those supporting deportation",
"mass incarceration"), not an act done to someone; a state someone is held in ("remains in
custody") and a noun with its own phrase ("the deportation of the activists") are acts."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Most Republican voters in Ohio oppose deportation, the poll found.",
        "The senator said the bill turned incarceration into a business.",
    ],
)
def test_a_bare_coercion_noun_is_a_practice(text: str) -> None:
    assert "COERCE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The deportation of the activists began on Monday.",
        "The dissident remains under house arrest in Yangon.",
        "The suspect will remain in custody, a judge ruled.",
    ],
)
def test_a_coercion_done_to_someone_stays(text: str) -> None:
    assert event_types(text) == ["COERCE"]
