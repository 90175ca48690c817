"""Where a guest is welcomed or invited to is the venue, not a second target: the party
welcomed is the target; a person met there stays one."""

from __future__ import annotations

from .conftest import typed_targets


def test_welcomed_to_a_capital_is_no_act_against_its_country() -> None:
    text = "Xi Jinping welcomed Vladimir Putin to Beijing on Tuesday."
    assert typed_targets(text, "CONSULT") == [[("Vladimir Putin", "RUS")]]


def test_invited_to_a_rally_on_the_hill_names_the_guest_only() -> None:
    text = "Cruz invited Trump to a Capitol Hill rally against the trade deal."
    assert [n for n, _ in typed_targets(text, "AGREE")[0]] == ["Donald Trump"]
