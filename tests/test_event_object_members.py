"""An "including" phrase the parse hangs on the verb lists the members of the plural object
before it: "expelled several journalists last week, including two Britons" expelled them."""

from __future__ import annotations

from tests.conftest import event_dyads


def _targets(text: str, kind: str) -> list[str | None]:
    return next(targets for type_, _, targets in event_dyads(text) if type_ == kind)


def test_members_listed_after_the_object_are_targets() -> None:
    text = "The Kenyan army expelled several foreign reporters last week, including two Britons."
    assert "GBR" in _targets(text, "COERCE")


def test_members_listed_after_the_subject_stay_with_the_subject() -> None:
    text = "Several nations condemned the coup on Monday, including Ghana and Senegal."
    assert "GHA" not in _targets(text, "ACCUSE")
