"""Words whose type turns on what they govern: a wish for another party's act is a demand, the
same wish negated turns the act down (REJECT); pulling one's backing or money cuts relations
(SANCTION)."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The governor said she did not want American ground troops to fight in Libya.",
            ("REJECT", "want"),
        ),
        (
            "The mayor does not want the council to vote on the budget before the summer.",
            ("REJECT", "want"),
        ),
        (
            "The mayor wants the council to vote on the budget before the summer.",
            ("REQUEST", "wants"),
        ),
    ],
)
def test_a_negated_wish_for_another_party_s_act_is_a_refusal(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in typed_triggers(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Two large banks pulled their funding from the summit after the minister's remarks.",
            ("SANCTION", "pulled"),
        ),
        (
            "Coca-Cola and Microsoft pull support for the Republican convention.",
            ("SANCTION", "pull"),
        ),
    ],
)
def test_the_object_decides_the_type(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed_triggers(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The pitcher pulled a muscle in the second inning.", "SANCTION"),
    ],
)
def test_other_objects_keep_no_such_type(text: str, kept: str) -> None:
    assert kept not in [kind for kind, _ in typed_triggers(text)]
