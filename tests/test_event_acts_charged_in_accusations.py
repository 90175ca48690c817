"""The act of force inside "accused X of V-ing" is coded too, claimed, done by the accused."""

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


def test_passive_charge_past_its_accuser_is_folded_into_the_accusation() -> None:
    # as "was accused of torturing" is, also where the parse hangs "of" on the accuser's noun
    for text in (
        "The general was accused of torturing prisoners.",
        "The mayor was accused by the news media of beating his wife.",
    ):
        assert [t for t, _, _ in _events(text)] == ["ACCUSE"]
    text = "Two soldiers were killed by the bombing of the base."  # no charge: both told
    assert [t for t, _, _ in _events(text)] == ["ASSAULT", "ASSAULT"]
