"""Name-calling in a speaker's own words: the speaker accuses the one named, also when the
verdict is on a plan "by" someone, told to listeners, or a betrayal ("sold out")."""

from __future__ import annotations

from .conftest import run_texts

HEADLINE = "Budget fight.\n\n"


def _accusations(sentence: str) -> list[tuple[list[str], list[str]]]:
    (result,) = run_texts(HEADLINE + sentence, date="2016-05-02")
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.type == "ACCUSE"
    ]


def test_verdict_said_of_a_plan_by_someone_accuses_its_author() -> None:
    found = _accusations(
        '"This is reckless," Mayor Jim Kenney said of the plan by Governor Tom Wolf.'
    )
    assert found == [(["Jim Kenney"], ["Tom Wolf"])]


def test_verdict_told_to_listeners_is_on_the_named_subject() -> None:
    found = _accusations('"Boehner is a coward," Senator Ted Cruz told reporters in Texas.')
    assert found == [(["Ted Cruz"], ["Boehner"])]


def test_selling_out_is_an_accusation() -> None:
    found = _accusations("Mayor Rahm Emanuel said Governor Bruce Rauner had sold out the city.")
    assert [targets for _, targets in found] == [["Bruce Rauner"]]
