"""A harm a party says it would do if another acts ("would retaliate if X shelled its villages")
is a threat (`events.conditional_threats`) aimed at the one who must meet the condition, when
the sentence names no other target; a named target stays."""

from __future__ import annotations

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    events = run_texts(text)[0].events
    return [
        (e.type, [p.country for p in e.actors], [p.country for p in e.recipients]) for e in events
    ]


def test_a_retaliation_on_condition_is_aimed_at_the_one_who_must_meet_it() -> None:
    text = "Bolivia said it would retaliate if Chile shelled its border posts."
    assert ("THREATEN", ["BOL"], ["CHL"]) in _sides(text)


def test_a_named_target_stays() -> None:
    text = "Chile said it would impose tariffs on Peruvian fruit if Lima did not drop its duties."
    assert ("THREATEN", ["CHL"], ["PER"]) in _sides(text)
