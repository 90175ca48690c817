"""A stance noun owned by someone ("Boyle's opposition to the bill", "his opposition") names
what that person thinks, not a body of opponents: no group actor and no event side is made
of it."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_named_owner_s_stance_is_no_opposition_group() -> None:
    (result,) = run_texts(
        "Senator Ann Boyle voted against the farm bill. "
        "Boyle's opposition to the farm bill surprised her colleagues."
    )
    assert not [a.name for a in result.actors if "opposition" in a.name.lower()]


def test_a_denied_stance_is_no_target() -> None:
    (result,) = run_texts(
        "Governor Tom Reed called the tax plan a disaster on Monday. "
        "He later denied his opposition at a press conference."
    )
    denials = [e for e in result.events if e.trigger.text == "denied"]
    assert denials
    assert all("opposition" not in p.name for e in denials for p in e.recipients)
