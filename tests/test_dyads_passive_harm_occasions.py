"""A passive harm with no "by" phrase is done by whoever the attack it happened in names:
"were killed in Israeli air strikes" (Israel), "in a Taliban ambush" (the Taliban, who are
then never its target); an attack that names no one ("in a bombing") gives no doer."""

from __future__ import annotations

import pytest

from .conftest import event_at, run_texts


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Three fishermen were killed in Israeli air strikes on Monday.", "ISR"),
        ("Two soldiers were killed in a Taliban ambush near Kandahar.", "AFG"),
    ],
)
def test_the_attacks_named_doer_is_the_doer(text: str, doer: str) -> None:
    (result,) = run_texts(text, date="2010-05-02")
    event = event_at(result, "killed")
    assert [a.country for a in event.actors] == [doer]
    assert not {r.name for r in event.recipients} & {a.name for a in event.actors}


def test_an_attack_naming_no_one_gives_no_doer() -> None:
    (result,) = run_texts("Three fishermen were killed in a bombing on Monday.")
    assert event_at(result, "killed").actors == []
