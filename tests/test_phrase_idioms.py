"""Acts told in fixed phrases: a verb with its idiom noun or particle tells the act, and the
phrase's preposition, on the verb or on the noun, marks whom it is aimed at."""

from __future__ import annotations

import pytest

from tests.conftest import named_sides, typed_triggers

IDIOMS = [
    ("Mayor Linda Park poured scorn on Senator Rick Dalton's budget.", "ACCUSE", "poured"),
    ("Mayor Linda Park heaped ridicule on Senator Rick Dalton.", "ACCUSE", "heaped"),
    ("Mayor Linda Park poked fun at Senator Rick Dalton during the dinner.", "ACCUSE", "poked"),
    ("Mayor Linda Park made fun of Senator Rick Dalton during the dinner.", "ACCUSE", "made"),
    ("Mayor Linda Park threw shade at Senator Rick Dalton.", "ACCUSE", "threw"),
    ("Mayor Linda Park threw Senator Rick Dalton under the bus.", "ACCUSE", "threw"),
    ("Mayor Linda Park dressed down Senator Rick Dalton in public.", "ACCUSE", "dressed down"),
    ("Mayor Linda Park came down hard on Senator Rick Dalton.", "ACCUSE", "came down"),
    ("Mayor Linda Park crossed swords with Senator Rick Dalton.", "ACCUSE", "crossed"),
    ("Mayor Linda Park locked horns with Senator Rick Dalton.", "ACCUSE", "locked"),
    ("Mayor Linda Park picked a fight with Senator Rick Dalton.", "ACCUSE", "picked"),
    ("Mayor Linda Park took issue with Senator Rick Dalton's budget.", "ACCUSE", "took"),
    ("Mayor Linda Park took Senator Rick Dalton to task over the budget.", "ACCUSE", "took"),
    ("Mayor Linda Park wagged her finger at Senator Rick Dalton.", "ACCUSE", "wagged"),
    ("Mayor Linda Park ranted about Senator Rick Dalton for an hour.", "ACCUSE", "ranted"),
    ("Mayor Linda Park responded with vitriol at the town hall.", "ACCUSE", "responded"),
    ("Mayor Linda Park drew a sharp contrast with Senator Rick Dalton.", "ACCUSE", "drew"),
    ("Protesters villified Senator Rick Dalton outside the hall.", "ACCUSE", "villified"),
    ("Mayor Linda Park put her weight behind Senator Rick Dalton.", "SUPPORT", "put"),
    ("Mayor Linda Park went to bat for Senator Rick Dalton.", "SUPPORT", "went"),
    ("Mayor Linda Park rushed to Senator Rick Dalton's defense.", "SUPPORT", "rushed"),
    ("Mayor Linda Park tipped her hat to Senator Rick Dalton.", "SUPPORT", "tipped"),
    ("Mayor Linda Park gave ground to Senator Rick Dalton.", "CONCEDE", "gave"),
    ("Mayor Linda Park threw in the towel on Friday.", "CONCEDE", "threw in"),
    ("Mayor Linda Park knuckled under to the council.", "CONCEDE", "knuckled under"),
    ("Mayor Linda Park touched base with Senator Rick Dalton.", "CONSULT", "touched"),
    ("Mayor Linda Park dug in her heels over the budget.", "REJECT", "dug in"),
    ("Mayor Linda Park thumbed her nose at Senator Rick Dalton.", "REJECT", "thumbed"),
    ("Mayor Linda Park threw cold water on Senator Rick Dalton's plan.", "REJECT", "threw"),
    ("Mayor Linda Park twisted Senator Rick Dalton's arm.", "REQUEST", "twisted"),
    ("Mayor Linda Park made peace with Senator Rick Dalton.", "AGREE", "made"),
    ("Mayor Linda Park buried the hatchet with Senator Rick Dalton.", "AGREE", "buried"),
    ("Mayor Linda Park joined hands with Senator Rick Dalton.", "COOPERATE", "joined"),
    ("Thousands of nurses took to the streets of Lyon.", "PROTEST", "took"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), IDIOMS)
def test_a_fixed_phrase_tells_its_act(text: str, type_: str, trigger: str) -> None:
    assert (type_, trigger) in typed_triggers(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Mayor Linda Park took aim at Senator Rick Dalton over the budget.", "ACCUSE"),
        ("Mayor Linda Park cast aspersions on Senator Rick Dalton.", "ACCUSE"),
        ("Mayor Linda Park poured scorn on Senator Rick Dalton's budget.", "ACCUSE"),
        ("Mayor Linda Park made fun of Senator Rick Dalton during the dinner.", "ACCUSE"),
        ("Mayor Linda Park drew a sharp contrast with Senator Rick Dalton.", "ACCUSE"),
        ("Mayor Linda Park cast her lot with Senator Rick Dalton.", "SUPPORT"),
    ],
)
def test_the_idiom_noun_s_preposition_names_the_target(text: str, type_: str) -> None:
    sources, targets = named_sides(text, type_)
    assert sources == ["Linda Park"] and targets == ["Rick Dalton"]


def test_a_measure_on_a_thing_is_aimed_at_no_one_its_phrase_holds() -> None:
    _, targets = named_sides(
        "The court cancelled restrictions on the use of the Polish language.", "CONCEDE"
    )
    assert targets == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Linda Park takes the issue seriously.",
        "Mayor Linda Park spent the hour taking questions on local issues.",
        "Mayor Linda Park has taken on a tough task.",
    ],
)
def test_take_with_an_issue_or_a_task_in_another_sense_blames_no_one(text: str) -> None:
    assert "ACCUSE" not in [t for t, _ in typed_triggers(text)]


def test_giving_in_a_year_is_no_concession() -> None:
    assert "CONCEDE" not in [t for t, _ in typed_triggers("Ms. Park gave money in 2010.")]
