"""A definite noun that repeats the word of an act coded earlier in the article ("attacked ...
after the attack", "went on strike ... during the strike") is that act told again: coders
code every mention, so it is kept with the earlier act's dyad, also as a sentence's setting.
An inquiry named again stays background ("during the investigation")."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str, kind: str) -> list[Event]:
    (result,) = run_texts(text)
    return [e for e in result.events if e.type == kind]


def test_the_attack_named_again_later_is_coded_with_its_dyad() -> None:
    told, again = _events(
        "Rebels from Sudan attacked a police station in northern Chad on Monday, officials said. "
        "Government troops were sent to the border. "
        "Chad's foreign minister spoke to reporters two days after the attack.",
        "ASSAULT",
    )
    assert again.trigger.text == "attack"
    assert [p.country for p in again.actors] == [p.country for p in told.actors] == ["SDN"]
    assert [p.country for p in again.recipients] == ["TCD"]


def test_a_strike_named_again_as_the_setting_is_still_the_strike() -> None:
    told, again = _events(
        "Dock workers in Marseille went on strike against the French government on Monday. "
        "Ferries stayed in port. Shops near the harbour closed early during the strike.",
        "PROTEST",
    )
    assert again.trigger.text == "strike" and again.trigger.start > told.trigger.start
    assert [p.country for p in again.actors] == ["FRA"]


def test_an_inquiry_named_again_stays_background() -> None:
    (told,) = _events(
        "Prosecutors in Milan investigated the mayor of Turin last year. "
        "The mayor resigned in March. During the investigation, the mayor moved to Geneva.",
        "ACCUSE",
    )
    assert told.trigger.text == "investigated"
