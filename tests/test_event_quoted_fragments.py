"""A few words of an act noun's own phrase in quotation marks borrow someone's words; the verb
outside the marks still tells who did the act. A quotation the verb introduces is talk."""

from __future__ import annotations

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str]]]:
    (result,) = run_texts(text)
    return [(e.type, [a.name for a in e.actors]) for e in result.events]


def test_a_quoted_demand_after_a_light_verb_is_made_by_its_subject() -> None:
    text = "Governor Ray Ortiz made “repeated demands” for an apology from the county board."
    assert ("REQUEST", ["Ray Ortiz"]) in _sides(text)


def test_a_quoted_attack_launched_on_a_rival_is_the_launcher_s_criticism() -> None:
    text = "Senator Tom Hale launched a “blistering attack” on Governor Ray Ortiz."
    assert ("ACCUSE", ["Tom Hale"]) in _sides(text)


def test_a_quotation_introduced_by_a_colon_lends_no_doer() -> None:
    text = "Senator Tom Hale posted, writing: “Another horrific attack, this time in Lyon.”"
    assert all(not actors for _, actors in _sides(text))
