"""Blame or rejection of what "his" or "her" owns is aimed at the person the sentence before is
about, not at the doer itself; "his own" stays the doer's."""

from __future__ import annotations

from tests.conftest import event_of_type, run_texts


def test_slamming_his_remarks_is_aimed_at_the_man_who_made_them() -> None:
    (r,) = run_texts(
        "Prime Minister Justin Trudeau spoke about tariffs on Monday. "
        "Mexican President Andres Manuel Lopez Obrador criticized his remarks."
    )
    assert [p.country for p in event_of_type(r, "ACCUSE").recipients] == ["CAN"]


def test_a_pronoun_of_the_other_gender_names_no_owner() -> None:
    (r,) = run_texts(
        "Chancellor Angela Merkel spoke about tariffs on Monday. "
        "Mexican President Andres Manuel Lopez Obrador criticized his remarks."
    )
    assert event_of_type(r, "ACCUSE").recipients == []


def test_denying_ones_own_part_in_a_thing_names_no_other_owner() -> None:
    (r,) = run_texts(
        "Prime Minister Justin Trudeau spoke about tariffs on Monday. "
        "Mexican President Andres Manuel Lopez Obrador denied his involvement in the scandal."
    )
    assert event_of_type(r, "REJECT").recipients == []
