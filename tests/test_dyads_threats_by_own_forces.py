"""An official's warning that the state's own forces will act is the official's threat: the
forces are the threatener's side, never its target."""

from __future__ import annotations

from .conftest import run_texts


def _threat_targets(text: str) -> list[list[str]]:
    (result,) = run_texts(text, date="2021-03-10")
    return [[str(r.name) for r in e.recipients] for e in result.events if e.type == "THREATEN"]


def test_official_warning_of_own_army_is_not_aimed_at_it() -> None:
    targets = _threat_targets("Colonel Mbeki warned that the army would crush any mutiny.")
    assert targets and all("the army" not in names for names in targets)


def test_state_threat_keeps_its_target() -> None:
    targets = _threat_targets("Erdogan warned that Turkey would retaliate against Greece.")
    assert targets == [["Greece"]]
