"""A running mate or nominee picked by name is backed by the one who picks them; naming
someone as a suspect is no support."""

from __future__ import annotations

from .conftest import event_types, named_sides


def test_picking_a_named_running_mate_backs_them() -> None:
    text = "Governor Paul Marsh named Senator Jane Ruiz as his running mate on Friday."
    assert named_sides(text, "SUPPORT") == (["Paul Marsh"], ["Jane Ruiz"])


def test_naming_a_suspect_is_no_support() -> None:
    assert "SUPPORT" not in event_types("Police named John Smith as a suspect in the robbery.")
