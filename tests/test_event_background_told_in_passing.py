"""Background told in passing is no event: a relative clause in the simple present passive
that describes a party's standing, a bare act noun described by a present predicate, an act
the sentence says was left out or held off, an editor's note about the article, a crowd that
gathers to celebrate, a plan named only as what another act answers, a present denial granted
in a concessive clause, and a blow that lands on a part of the body (no criticism). The same
acts told on an occasion stay events."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2022-06-01")
    return [(e.type, e.trigger.text) for e in result.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Leaders of the Popular Front, which is backed by the army, lost their seats.",
            "backed",
        ),
        ("Ministers refuse to sit with envoys who are shunned by their own parties.", "shunned"),
        ("Support for Ukraine is a given among the alliance's members.", "Support"),
        ("The bloc could rule without having to form an alliance with the Greens.", "form"),
        ("Ruto said it was too early to congratulate the winners.", "congratulate"),
        ("This article has been updated to include Ruto's endorsements.", "endorsements"),
        ("Odinga responded to reports that Ruto planned to endorse his rival.", "endorse"),
        ("The rebels hold the pass, although Armenia disputes this.", "disputes"),
        ("She threw a shoe at the mayor, hitting him in the back of the head.", "hitting"),
    ],
)
def test_background_told_in_passing_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in [w for _, w in _events(text)]


def test_a_crowd_gathered_to_celebrate_is_no_protest() -> None:
    text = (
        "Party supporters gathered outside the party headquarters in Nairobi, singing and "
        "waving flags to celebrate the results."
    )
    assert "PROTEST" not in [t for t, _ in _events(text)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Five Libyans who were questioned by the police on Monday were expelled.",
            ("ACCUSE", "questioned"),
        ),
        (
            "The army, which attacked the convoy on Monday, denied the charge.",
            ("ASSAULT", "attacked"),
        ),
        ("Kenya said it was only too happy to support the talks.", ("SUPPORT", "support")),
        ("Although Armenia denied it on Monday, the rebels hold the pass.", ("REJECT", "denied")),
    ],
)
def test_acts_told_on_an_occasion_stay(text: str, event: tuple[str, str]) -> None:
    assert event in _events(text)
