"""Events told in relative clauses: background to the main clause's act, unless the clause
reports an act of its own."""

from __future__ import annotations

from .conftest import event_types, run_texts


def test_a_pluperfect_relative_clause_tells_an_act_of_its_own() -> None:
    """Every mention of an act told as fact is coded (`events/subordinate_acts.py`)."""
    text = "Kenya expelled two Somali diplomats who had met rebel leaders in Nairobi."
    assert event_types(text) == ["SANCTION", "CONSULT"]


def test_a_relative_clause_tells_an_act_of_its_own() -> None:
    """ "that has attacked" reports an attack; its doer is the noun the clause describes."""
    (result,) = run_texts("Kenya expelled a Somali group that has attacked Kenyan troops.")
    (attack,) = [e for e in result.events if e.type == "ASSAULT"]
    doers, targets = {p.country for p in attack.actors}, {p.country for p in attack.recipients}
    assert (doers, targets) == ({"SOM"}, {"KEN"})


def test_a_relative_clause_with_a_preposition_to_is_no_infinitive() -> None:
    text = "Kenya expelled a Somali group that has complained to the UN."
    assert "ACCUSE" in event_types(text)


def test_a_relative_clause_on_an_event_noun_tells_its_toll() -> None:
    text = (
        "Clinton met his aides following the bombings at the embassies in Kenya,"
        " which have killed 250 people."
    )
    assert "ASSAULT" not in event_types(text)


def test_a_passive_act_of_force_in_a_relative_clause_is_told_with_no_doer() -> None:
    """ "whose partner was shot": the harm is told happening; its unknown doer leaves the side
    empty rather than making it a restatement of the main clause's act (`events/unstaffed.py`)."""
    text = "The mayor praised Officer Dan Ruiz, whose partner was shot during the raid."
    assert event_types(text) == ["SUPPORT", "ASSAULT"]


def test_a_relative_clause_with_a_passive_act_of_force_on_a_place() -> None:
    text = "Police questioned the guards of the embassy that was attacked last week."
    assert event_types(text) == ["ACCUSE", "ASSAULT"]
