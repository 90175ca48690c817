"""Wrong type on a right trigger: an order to a foreign party to leave the country expels it
(as "expelled" does: diplomats SANCTION 166, others COERCE 174), and "nothing to apologise
for" refuses an apology (REJECT). Orders to one's own men, and apologies made, stay as they were."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types, run_texts


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ecuador ordered Colombia's ambassador to leave the country within 48 hours.",
            ("SANCTION", "166", ["ECU"], ["COL"]),
        ),
        (
            "Thailand ordered three Cambodian journalists to leave the country on Monday.",
            ("COERCE", "174", ["THA"], ["KHM"]),
        ),
    ],
)
def test_an_order_to_a_foreign_party_to_leave_is_an_expulsion(
    text: str, expected: tuple[str, str, list[str], list[str]]
) -> None:
    (result,) = run_texts(text)
    (event,) = result.events
    got = (event.type, event.cameo, [a.country for a in event.actors])
    assert got == expected[:3]
    assert [r.country for r in event.recipients] == expected[3]


def test_an_order_to_ones_own_troops_to_leave_is_no_expulsion() -> None:
    dyads = event_dyads("The colonel ordered his soldiers to leave the village at dawn.")
    assert all(kind not in {"SANCTION", "COERCE"} for kind, _, _ in dyads)


def test_an_order_to_do_something_else_stays_a_request() -> None:
    dyads = event_dyads("Ecuador ordered Colombia's ambassador to explain the raid.")
    assert [kind for kind, _, _ in dyads] == ["REQUEST"]


def test_nothing_to_apologise_for_is_a_rejection_by_the_speaker() -> None:
    (result,) = run_texts(
        '"I have nothing to apologise for," the Danish minister told reporters in Copenhagen.'
    )
    (event,) = result.events
    assert event.type == "REJECT"
    assert [a.country for a in event.actors] == ["DNK"]


def test_an_apology_made_stays_an_apology() -> None:
    dyads = event_dyads("The Danish minister apologised to Greenland for the remarks.")
    assert [kind for kind, _, _ in dyads] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Nigerian diplomats were ordered to leave Ghana within 72 hours, the ministry said.",
        "The Burundian envoy was among those ordered to leave, a Rwandan official said.",
        "Angola's Interior Ministry said the Congolese migrants must leave by Friday.",
    ],
)
def test_a_foreign_party_told_to_leave_passively_or_as_a_duty_is_expelled(text: str) -> None:
    types = event_types(text)
    assert {"SANCTION", "COERCE"} & set(types) and "REQUEST" not in types


def test_a_duty_of_residents_to_leave_stays_a_request() -> None:
    assert event_types("The governor said residents must leave the flooded district.") == [
        "REQUEST"
    ]
