"""Targets read through passives (session 30, targets30): a participle joined to a passive, a
bare "if convicted", a passive's owned thing, and whoever is under an attack or arrest."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _sides(result: ArticleResult, trigger: str) -> tuple[list[str], list[str]]:
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [p.mention.text for p in event.actors], [p.mention.text for p in event.recipients]


def test_participle_joined_to_a_passive_is_done_to_its_subject() -> None:
    passive, active = run_texts(
        "Senator Bob Menendez was arrested on Monday and charged by prosecutors with fraud.",
        "Police arrested two journalists and charged them with espionage.",
    )
    assert _sides(passive, "charged") == (["prosecutors"], ["Bob Menendez"])
    assert _sides(active, "charged") == (["Police"], ["two journalists"])


def test_bare_conditional_participle_is_done_to_the_clause_subject() -> None:
    (result,) = run_texts("Senator Bob Menendez could face ten years in prison if convicted.")
    (event,) = [e for e in result.events if e.trigger.text == "convicted"]
    assert (event.type, event.modality) == ("COERCE", "hypothetical")
    assert _sides(result, "convicted") == ([], ["Bob Menendez"])


def test_comparison_participle_is_no_passive() -> None:
    (result,) = run_texts("As expected, the Senate confirmed the nominee on Tuesday.")
    actors, _ = _sides(result, "confirmed")
    assert actors == ["Senate"]


def test_passive_owned_thing_stands_for_its_owner() -> None:
    plan, arrest = run_texts(
        "President Obama spoke on Monday. His plan was much criticized at the time.",
        "The activist Ai Weiwei spoke on Monday. His arrest was condemned on Tuesday.",
    )
    (event,) = [e for e in plan.events if e.trigger.text == "criticized"]
    assert [p.country for p in event.recipients] == ["USA"]
    assert _sides(arrest, "condemned")[1] == [], "an act's owner may be its victim"


def test_one_under_a_hostile_act_is_its_target() -> None:
    attack, arrest, agreement = run_texts(
        "The Iraqi capital came under attack by American warplanes on Monday.",
        "The dissident Lena Marsh spent six months under house arrest.",
        "Under the agreement, Iran will reduce its stockpile of enriched uranium.",
    )
    (event,) = [e for e in attack.events if e.trigger.text == "attack"]
    assert ([p.country for p in event.actors], [p.country for p in event.recipients]) == (
        ["USA"],
        ["IRQ"],
    )
    assert _sides(arrest, "arrest") == ([], ["Lena Marsh"])
    assert all(not e.recipients for e in agreement.events), "an accord is no act one is under"


def test_past_tagged_conjunct_of_a_passive_is_done_to_its_subject() -> None:
    deported, denied = run_texts(
        "Smuggler Ivan Petrov was arrested in Texas in May and deported to Russia last week.",
        "Mayor Ruth Gable was charged in March and denied the charges on Friday.",
    )
    actors, targets = _sides(deported, "deported")
    assert actors == [] and any("Ivan Petrov" in t for t in targets), "the one deported, no doer"
    assert _sides(denied, "denied")[0] == ["Ruth Gable"], "a verb with an object is active"


def test_passive_joined_to_an_active_verb_is_done_to_its_subject() -> None:
    fled, missed = run_texts(
        "The rebel commander fled to Kenya in May and was arrested there by Kenyan police.",
        "The Interior Ministry missed the deadline but was ordered by Judge Ana Ruiz to "
        "publish the records.",
    )
    assert _sides(fled, "arrested") == (["Kenyan police"], ["The rebel commander"])
    assert _sides(missed, "ordered") == (["Ana Ruiz"], ["Interior Ministry"])
