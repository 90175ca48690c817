"""Acronym plurals ("NGOs") name groups; two-capital ones ("IDs") are as often words."""

from __future__ import annotations

from eventwire.actors.peoples import _acronym_plural


def test_three_capital_acronym_plural_is_a_plural() -> None:
    assert _acronym_plural("NGOs") and _acronym_plural("CEOs")


def test_short_or_unpluralised_capitals_are_not() -> None:
    assert not any(map(_acronym_plural, ["IDs", "As", "NGO", "Ngos"]))
