"""Support that comes "from" a party goes to the subject of whatever verb holds it: "unveiled
endorsements from retired admirals" is the admirals' support for the one who unveils it."""

from __future__ import annotations

from tests.conftest import run_texts


def _support(text: str) -> tuple[list[str], list[str]]:
    (doc,) = run_texts(text)
    event = next(e for e in doc.events if e.type == "SUPPORT")
    return [a.name for a in event.actors], [a.name for a in event.recipients]


def test_endorsements_shown_off_come_from_their_givers() -> None:
    doers, targets = _support("Senator Elizabeth Warren showcased endorsements from farm unions.")
    assert any("unions" in d for d in doers)
    assert targets == ["Elizabeth Warren"]


def test_endorsements_the_parse_hangs_on_the_verb() -> None:
    doers, targets = _support("Governor Jay Inslee unveiled endorsements from 40 retired judges.")
    assert any("judges" in d for d in doers)
    assert targets == ["Jay Inslee"]
