"""Where a guest is welcomed or invited to is the venue, not a second target: the party
welcomed is the target; a person met there stays one."""

from __future__ import annotations

from .conftest import run_texts


def _targets(text: str, type_: str) -> list[list[tuple[str, str | None]]]:
    (result,) = run_texts(text, date="2016-01-01")
    events = [e for e in result.events if e.type == type_]
    return [[(r.name, r.country) for r in e.recipients] for e in events]


def test_welcomed_to_a_capital_is_no_act_against_its_country() -> None:
    text = "Xi Jinping welcomed Vladimir Putin to Beijing on Tuesday."
    assert _targets(text, "CONSULT") == [[("Vladimir Putin", "RUS")]]


def test_invited_to_a_rally_on_the_hill_names_the_guest_only() -> None:
    text = "Cruz invited Trump to a Capitol Hill rally against the trade deal."
    assert [n for n, _ in _targets(text, "AGREE")[0]] == ["Donald Trump"]
