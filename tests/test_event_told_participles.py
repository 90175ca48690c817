"""A speech act told in a bare -ing clause by the clause's own doer is that doer's act, also
when it names no one it is aimed at ("filed a complaint, alleging that the count was
rigged"; `events.participles.participle_act`)."""

from __future__ import annotations

from .conftest import run_texts


def _acts(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text)
    return [(e.trigger.text, e.type) for e in result.events]


def test_an_allegation_told_in_a_participle_is_coded() -> None:
    text = (
        "The Liberal Party filed a complaint with the election commission in Ottawa on Monday, "
        "alleging that thousands of ballots had been destroyed."
    )
    assert ("alleging", "ACCUSE") in _acts(text)


def test_a_demand_told_in_a_participle_is_coded() -> None:
    text = (
        "Thousands of steelworkers gathered outside the company's headquarters in Pittsburgh, "
        "demanding that the owners reopen the mill."
    )
    assert ("demanding", "REQUEST") in _acts(text)


def test_a_welcome_told_in_a_participle_is_a_meeting_with_the_one_welcomed() -> None:
    text = (
        "President Mandela received the Zambian leader Frederick Chiluba in Pretoria on Friday, "
        "welcoming him as a trusted neighbour."
    )
    (result,) = run_texts(text)
    welcomes = [e for e in result.events if e.trigger.text == "welcoming"]
    assert [e.type for e in welcomes] == ["CONSULT"]
    assert [p.name for e in welcomes for p in e.recipients] == ["Frederick Chiluba"]
