"""A reduced relative of a legal step or an accusation tells the authorities' act on the person
it describes (`events.participles`): "two officers charged in the bombing" is a charge against
them, as "who were charged" would be, and one opening the sentence is a step against its
subject ("Indicted on bribery charges, the mayor resigned"); "in the wake of" sets an event
as background like "after"."""

from __future__ import annotations

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, [p.name for p in e.recipients]) for e in run_texts(text)[0].events]


def test_a_charge_told_as_a_participle_targets_the_persons_described() -> None:
    text = (
        "In Lima, the court replaced two former Peruvian army officers charged in the "
        "1992 bombing of a bus that killed 14 people."
    )
    charges = [targets for kind, targets in _events(text) if kind == "ACCUSE"]
    assert charges and "officers" in " ".join(charges[0])


def test_protesters_arrested_are_the_target_of_the_arrest() -> None:
    text = "Protesters arrested on Monday in Lagos were released by police on Friday."
    assert any(kind == "COERCE" for kind, _ in _events(text))


def test_an_accusation_told_as_a_participle_targets_the_person_described() -> None:
    text = (
        "A Chilean banker, accused by the Peruvian government of laundering money, fled to Spain."
    )
    accused = [targets for kind, targets in _events(text) if kind == "ACCUSE"]
    assert accused and "banker" in " ".join(accused[0])


def test_an_accusation_participle_beside_the_main_act_is_kept() -> None:
    text = "Cuba freed Maria Lopez, a Spanish engineer accused of spying, on Tuesday."
    kinds = [kind for kind, _ in _events(text)]
    assert "ACCUSE" in kinds and "RETREAT" in kinds


def test_a_legal_step_opening_the_sentence_targets_its_subject() -> None:
    text = "Indicted on bribery charges, the Chilean mayor stepped down on Friday."
    indicted = [targets for kind, targets in _events(text) if kind == "ACCUSE"]
    assert indicted and "mayor" in " ".join(indicted[0])
    assert any(kind == "CONCEDE" for kind, _ in _events(text))


def test_an_accusation_opening_the_sentence_is_kept_beside_the_main_act() -> None:
    text = "Accused of smuggling arms, the Peruvian general fled to Bolivia on Monday."
    accused = [targets for kind, targets in _events(text) if kind == "ACCUSE"]
    assert accused and "general" in " ".join(accused[0])


def test_a_legal_step_describing_a_kind_of_person_reports_no_act() -> None:
    text = (
        "Two-thirds support reducing the prison sentences for people convicted of non-violent "
        "crimes such as drug possession."
    )
    assert not any(kind == "COERCE" for kind, _ in _events(text))


def test_people_described_as_deported_under_a_government_are_no_deportation() -> None:
    text = "She asked Sanders about the 2 million people deported under the Obama administration."
    assert not any(kind == "COERCE" for kind, _ in _events(text))


def test_offenders_described_as_convicted_are_no_conviction() -> None:
    text = (
        "Experts said first-time offenders convicted of battery are often sent to "
        "anger-management courses, not jail."
    )
    assert not any(kind == "COERCE" for kind, _ in _events(text))
