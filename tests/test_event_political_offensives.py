"""A politician's offensive against a rival, in a sentence that tells no violence, is a
campaign of words (ACCUSE), as an onslaught is; an army's offensive stays an attack, and a
charm offensive courts those it is aimed at: no attack of any kind."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-02-25")
    return [e.type for e in result.events if e.trigger.text == "offensive"]


def test_a_politicians_offensive_is_criticism() -> None:
    text = "Senator Ruth Kemp went on the offensive against Governor Dan Marsh on Tuesday."
    assert _types(text) == ["ACCUSE"]


def test_an_armys_offensive_stays_an_attack() -> None:
    assert _types("The army launched an offensive against the rebels in the north.") == ["ASSAULT"]


def test_a_charm_offensive_is_no_attack() -> None:
    assert _types("The governor began a charm offensive among the state's mayors.") == []
