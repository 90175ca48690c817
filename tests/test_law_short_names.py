"""Short names of laws and trade pacts ("Dodd-Frank", "the TPP", "Glass-Steagall") are things
parties act on, never actors: a side that names only one names no one, and a law told as the
subject of an act is no one's act."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(text, date="2016-05-01")
    return [
        (e.type, e.trigger.text, [p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
    ]


def _actor_names(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-01")
    return [a.name for a in result.actors]


@pytest.mark.parametrize(
    "text,law",
    [
        ("Senator Maria Lopez vowed on Monday to defend Dodd-Frank against repeal.", "Dodd"),
        ("Governor Tom Hale said he strongly opposes the TPP.", "TPP"),
        ("Ann Kirby pushed for a Glass-Steagall plank in the platform.", "Glass"),
        ("Governor Tom Hale has long opposed the Common Core standards.", "Common Core"),
        ("The Senate hopefuls vowed to end DACA if elected.", "DACA"),
    ],
)
def test_law_short_name_is_no_actor(text: str, law: str) -> None:
    assert not [name for name in _actor_names(text) if law in name]


def test_act_on_a_pact_has_no_target() -> None:
    events = _events("Representative Jane Morrow voted against the Trans-Pacific Partnership.")
    assert all(not targets for _, _, _, targets in events)


def test_law_as_subject_tells_no_act() -> None:
    text = "Sarbanes-Oxley imposed strict new rules on the accounting firms in 2002."
    assert not _events(text)


def test_person_with_a_like_name_still_acts() -> None:
    events = _events("Frank Dodd, the mayor of Elmwood, urged the governor to resign.")
    assert [(t, s) for t, _, s, _ in events] == [("REQUEST", ["Frank Dodd"])]
