"""A second act told in a clause under the sentence's main event is coded beside it, with its
own doer and modality: a time clause with its own subject, a pluperfect relative clause, a
participle of force, the complement of a verb of causing, a clause after a semicolon. A
relative clause that only describes a party, and a plain "who said", add nothing."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types, run_texts


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Unions called a national strike after thousands of nurses marched against the "
            "budget cuts in Porto.",
            ["PROTEST", "PROTEST"],
        ),
        (
            "The governor imposed a curfew after bandits killed six farmers near Kaduna.",
            ["COERCE", "ASSAULT"],
        ),
        (
            "Police in Accra detained forty students who had been protesting the tuition rise.",
            ["COERCE", "PROTEST"],
        ),
        (
            "Soldiers stormed the camp near Herat, arresting seven smugglers.",
            ["ASSAULT", "COERCE"],
        ),
        ("Bandits ambushed a minibus near Herat, killing seven passengers.", ["ASSAULT"]),
        (
            "Egypt shelled militant hideouts, prompting Sudan to condemn the raids.",
            ["ASSAULT", "ACCUSE"],
        ),
        (
            "Chile accused Peru of spying on its navy; Peru denied the charge.",
            ["ACCUSE", "REJECT"],
        ),
    ],
)
def test_second_acts_in_clauses_are_coded(text: str, types: list[str]) -> None:
    assert event_types(text) == types


def test_the_second_act_has_its_own_doer_and_is_told_as_fact() -> None:
    (result,) = run_texts("Egypt shelled militant hideouts, prompting Sudan to condemn the raids.")
    condemned = result.events[1]
    assert [a.country for a in condemned.actors] == ["SDN"]
    assert condemned.modality.value == "occurred"


def test_a_semicolon_clause_is_no_report_of_the_next_one() -> None:
    dyads = event_dyads("Chile accused Peru of spying on its navy; Peru denied the charge.")
    assert dyads[1] == ("REJECT", ["PER"], ["CHL"])


def test_a_semicolon_clause_keeps_its_own_modality() -> None:
    (result,) = run_texts("The miners asked Jones to resign; Jones declined, saying he had won.")
    assert [(e.type, e.modality.value) for e in result.events] == [
        ("REQUEST", "occurred"),
        ("REJECT", "occurred"),
    ]


@pytest.mark.parametrize(
    "text,types",
    [
        ("Police detained a driver who lives near the consulate.", ["COERCE"]),
        ("The envoy, who said the plan was fair, denounced the blockade.", ["ACCUSE"]),
        ("Officials met fishermen who catch tuna off the coast.", ["CONSULT"]),
    ],
)
def test_describing_relative_clauses_add_nothing(text: str, types: list[str]) -> None:
    assert event_types(text) == types


def test_a_pluperfect_passive_relative_of_force_tells_the_harm_with_no_doer() -> None:
    """ "soldiers who had been kidnapped": the kidnapping is told as fact; the unknown
    kidnappers leave the side empty rather than making the clause a description."""
    (result,) = run_texts("Rebels freed the soldiers who had been kidnapped in May.")
    (kidnapping,) = [e for e in result.events if e.type == "ASSAULT"]
    assert (kidnapping.trigger.text, kidnapping.modality.value) == ("kidnapped", "occurred")
    assert kidnapping.actors == []
