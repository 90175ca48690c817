"""A pronoun outside a subordinate clause of its sentence passes over a person named only
inside that clause (actors.embedded_antecedents)."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_pronoun_gender import linked_to


def test_a_name_inside_an_adverbial_clause_yields_to_the_main_clause() -> None:
    (r,) = run_texts(
        "Governor Scott Walker spoke in Madison on Monday. Walker's calm answer as he stood "
        "beside Donald Trump drew praise in his home state."
    )
    assert linked_to(r, "his") == "Scott Walker"


def test_a_name_inside_a_comparison_clause_yields_to_the_subject() -> None:
    (r,) = run_texts(
        "Mr. Trump has broken more rules than Mr. Perot did, from his plan to build a wall "
        "to his attacks on the press."
    )
    assert linked_to(r, "his") == "Donald Trump"


def test_the_nearest_person_stays_when_the_sentence_names_no_one_outside() -> None:
    (r,) = run_texts(
        "Senator Mark Cole spoke on Monday. After Senator Tom Reed met Governor Bill Hale, "
        "Reed praised him."
    )
    assert linked_to(r, "him") == "Bill Hale"


def _targets(text: str, trigger: str) -> list[str]:
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date="2016-04-20")
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.recipients]


def test_a_name_inside_a_relative_clause_of_the_last_sentence_yields_to_its_noun() -> None:
    text = (
        "Donald Trump, who said last week that a Mexican-American judge was biased, issued a "
        "statement Tuesday. Paul Ryan criticized him on Wednesday."
    )
    assert _targets(text, "criticized") == ["Donald Trump"]


def test_a_name_inside_a_whose_clause_yields_to_its_noun() -> None:
    text = (
        "Senator John McCain, whose aide had met Vladimir Putin in Moscow, spoke on Tuesday. "
        "Democrats accused him of hypocrisy."
    )
    assert _targets(text, "accused") == ["John McCain"]


def test_a_name_inside_a_relative_clause_stays_when_only_it_fits() -> None:
    text = (
        "Hillary Clinton, who met Vladimir Putin in Moscow, spoke on Tuesday. Senator John "
        "McCain accused him of lying."
    )
    assert _targets(text, "accused") == ["Vladimir Putin"]
