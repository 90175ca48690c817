"""The act of force inside "accused X of V-ing" or "X was charged with V-ing" is coded too,
claimed, done by the accused."""

from __future__ import annotations

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    (result,) = run_texts(text)
    return [(e.type, e.modality.value, [a.name for a in e.actors]) for e in result.events]


def test_charged_detention_is_claimed_by_the_accused() -> None:
    events = _events("Rights groups accused the army of detaining hundreds of students.")
    assert ("COERCE", "claimed", ["the army"]) in events
    assert any(t == "ACCUSE" for t, _, _ in events)


def test_charged_torture_is_an_assault() -> None:
    events = _events("The opposition accused soldiers of torturing detainees in Kigali.")
    assert ("ASSAULT", "claimed", ["soldiers"]) in events


def test_charges_of_no_force_add_nothing() -> None:
    assert [t for t, _, _ in _events("The senator accused the minister of lying.")] == ["ACCUSE"]
    text = "The government accused the rebels of violating the truce."
    assert [t for t, _, _ in _events(text)] == ["ACCUSE"]


def test_passive_charge_codes_the_act_claimed_by_the_accused() -> None:
    # "was charged with killing", "who is accused of torturing": the subject is the one accused
    events = _events("The general was accused of torturing prisoners.")
    assert ("ASSAULT", "claimed", ["The general"]) in events
    events = _events("Kopp, who is charged with gunning down a doctor in Buffalo, is at large.")
    assert ("ASSAULT", "claimed", ["Kopp"]) in events
    assert any(t == "ACCUSE" for t, _, _ in events)


def test_charge_past_its_accuser_is_folded_into_the_accusation() -> None:
    # the parse hangs "of" on the accuser's noun: the act is not the accuser's
    text = "The mayor was accused by the news media of beating his wife."
    assert [t for t, _, _ in _events(text)] == ["ACCUSE"]
    text = "Two soldiers were killed by the bombing of the base."  # no charge: both told
    assert [t for t, _, _ in _events(text)] == ["ASSAULT", "ASSAULT"]


def test_a_charge_named_by_a_noun_is_only_the_accusation() -> None:
    text = "The governor's aide was charged with assault in Ohio."
    assert [t for t, _, _ in _events(text)] == ["ACCUSE"]
