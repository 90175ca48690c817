"""A bare plural names a kind of act ("trade deals"), but as the subject of a past clause it
tells acts that happened: "requests were made to the ministry", "threats were made"."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Requests were made to the Interior Ministry for more police in May.", "REQUEST"),
        ("Threats were made against Judge Ortiz during the trial.", "THREATEN"),
    ],
)
def test_a_plural_subject_of_a_past_clause_is_kept(text: str, type_: str) -> None:
    assert type_ in event_types(text)


def test_a_bare_plural_in_the_present_stays_a_kind() -> None:
    assert "AGREE" not in event_types("Free trade deals hurt workers in small towns.")
