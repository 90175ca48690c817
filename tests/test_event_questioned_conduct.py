"""Questioning what someone did ("questioned why the mayor hid the report") blames that person;
questioning whether a thing will work, or one's own worry, blames no one."""

from __future__ import annotations

from tests.conftest import event_types, named_sides


def test_questioning_why_someone_acted_is_an_accusation() -> None:
    text = "Senator Maria Lopez questioned why Governor Tom Harlan hid the audit from voters."
    assert "ACCUSE" in event_types(text)
    assert named_sides(text, "ACCUSE") == (["Maria Lopez"], ["Tom Harlan"])


def test_questioning_whether_someones_record_fits_is_an_accusation() -> None:
    text = "Mayor Ann Pruitt has questioned whether Governor Tom Harlan's budget can pass."
    assert "ACCUSE" in event_types(text)


def test_doubting_a_thing_or_ones_own_fate_is_no_act() -> None:
    assert "ACCUSE" not in event_types("Economists questioned whether the new tariff would work.")
    text = "Local shop owners are questioning whether their licences will be renewed."
    assert "ACCUSE" not in event_types(text)
