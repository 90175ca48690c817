"""A past act done to someone, however often, is an act the news reports ("has often
criticised the mayor", "was routinely detained"), and so is a statement repeated in the past
("has often complained"); a frequency sums up a practice only in the present or where a
deed is done to no one (a tally since a date stays a record: `tallies`)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Senator Walsh has repeatedly criticized Mayor Ortega over the budget.", "ACCUSE"),
        ("The police have often detained the activist.", "COERCE"),
        ("The governor often denounced the rebels during the campaign.", "ACCUSE"),
        ("The senator has frequently criticized Mayor Ortega.", "ACCUSE"),
    ],
)
def test_a_repeated_past_act_on_someone_is_kept(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Walsh criticizes the officials every week.",  # a practice, in the present
        "The agency has often released the reports before.",  # done to no one
        "For decades the army has often detained dissidents.",  # a stretch with no bounds
        "Voters consistently reject establishment candidates.",  # a practice, in the present
        "The Israeli leader frequently meets with members of Congress.",
        "The senator said he rarely asks donors to campaign for him.",
    ],
)
def test_a_practice_or_an_act_on_no_one_stays_out(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Governor Hale has often complained about the new tariffs.", "ACCUSE"),
        ("The minister has often criticized the new budget.", "ACCUSE"),
    ],
)
def test_a_statement_repeated_in_the_past_is_kept(text: str, type_: str) -> None:
    assert type_ in event_types(text)
