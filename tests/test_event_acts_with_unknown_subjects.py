"""A main-clause act whose own subject names someone eventwire knows no actor for ("the
family refused") is still told happening beside an act with participants; a thing's passive
("the plan was approved") and a modal's act ("won't be permitted") are not."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


def test_a_main_clause_act_with_its_own_subject_is_kept() -> None:
    text = "The family refused, and federal agents took the boy in a dawn raid on the farm."
    assert ("REJECT", "refused") in typed_triggers(text)


@pytest.mark.parametrize(
    "text,unexpected",
    [
        (
            "The scheme was approved in May, but county officials have since balked at the "
            "builder's request for a second tower.",
            ("SUPPORT", "approved"),
        ),
        (
            "The senator rejected the bill, and the farmers would refuse to sell their land.",
            ("REJECT", "refuse"),
        ),
    ],
)
def test_a_things_passive_or_a_modal_act_is_not_kept(
    text: str, unexpected: tuple[str, str]
) -> None:
    assert unexpected not in typed_triggers(text)
