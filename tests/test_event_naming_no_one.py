"""A name given in quotation marks to a thing ("what it calls 'the mobile' business") is a
label, not derision of anyone (ACCUSE); a name given to a person still is."""

from __future__ import annotations

from .conftest import event_types


def test_a_quoted_name_for_what_a_company_sells_is_no_accusation() -> None:
    text = 'The firm sees partners as the way to growth in what it calls "the mobile" business.'
    assert "ACCUSE" not in event_types(text)


def test_a_quoted_name_for_a_person_is_derision() -> None:
    assert "ACCUSE" in event_types('Garcia called the Chilean minister a "puppet" on Monday.')
