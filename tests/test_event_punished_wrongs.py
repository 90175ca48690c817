"""The wrong an arrest or a sanction is for ("arrested for spying for Russia") is alleged by
that act, not coded as an act of its own; the arrest is the event."""

from __future__ import annotations

from .conftest import event_types


def test_the_wrong_punished_is_not_coded_as_done() -> None:
    text = "Police in Minsk arrested the Belarusian journalist for collaborating with Poland."
    assert event_types(text) == ["COERCE"]
