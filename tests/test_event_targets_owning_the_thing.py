"""Blame, rejection or backing of a thing a party put forward (a plan it proposed, a deal it
negotiated or signed) is aimed at that party; so is its doer's own noun for the same stance
told again ("his criticism"). A thing no one is said to have made keeps no target."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _targets(text: str, trigger: str) -> list[str]:
    (result,) = run_texts(text, date="2016-03-01")
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [r.name for r in event.recipients]


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        ("Senator Ted Cruz denounced the tax plan unveiled by Jerry Brown.", "denounced", "Brown"),
        ("Marco Rubio criticized the trade pact Barack Obama negotiated.", "criticized", "Obama"),
        ("Cruz voiced support for the accord Angela Merkel signed.", "support", "Merkel"),
    ],
)
def test_judging_a_made_thing_is_aimed_at_its_maker(text: str, trigger: str, owner: str) -> None:
    assert any(owner in name for name in _targets(text, trigger))


def test_a_thing_a_party_only_acted_on_names_no_target() -> None:
    assert _targets("Senator Ted Cruz criticized the bill passed by the House.", "criticized") == []


def test_the_doers_own_noun_for_a_stance_keeps_its_target() -> None:
    text = (
        "Donald Trump criticized Boeing over the cost of a new presidential plane. "
        "On Tuesday Trump said his criticism was about the taxpayers."
    )
    assert any("Boeing" in name for name in _targets(text, "criticism"))


def test_another_doers_stance_is_not_the_same_act() -> None:
    text = (
        "Donald Trump criticized Boeing over the cost of a new presidential plane. "
        "Hillary Clinton said her criticism of waste was older."
    )
    assert not any("Boeing" in name for name in _targets(text, "criticism"))


def test_the_making_told_inside_a_judgement_answers_no_one() -> None:
    text = "Marco Rubio criticized the trade pact Barack Obama negotiated."
    assert not any("Rubio" in name for name in _targets(text, "negotiated"))
