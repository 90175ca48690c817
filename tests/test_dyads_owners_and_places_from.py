"""Sides read through possessors and "from" phrases: the possessor of a noun a subjectless
infinitive hangs on does the act ("the agency's decision to deny him asylum"); a possessive
pronoun on a noun coordinated with a possessed one stands for that possessor ("Iraq's invasion
of Kuwait and its buildup"); a passive's "from" phrase naming a place its patient owns tells
where, not who ("was kidnapped from his store"); a protest by the state's own organs names no
target by default ("senators staged a filibuster")."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _countries(text: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    (r,) = run_texts(text, date="2016-05-02")
    event = event_at(r, trigger)
    return [p.country for p in event.actors], [p.country for p in event.recipients]


def test_the_possessor_of_a_decision_does_its_infinitive() -> None:
    text = "Britain's decision to expel the Russian diplomats angered Moscow."
    assert _countries(text, "expel")[0] == ["GBR"]


def test_a_possessive_pronoun_takes_the_possessor_its_noun_is_coordinated_with() -> None:
    text = (
        "The standoff stems from Turkey's incursion and its military buildup on the border of Iraq."
    )
    assert _countries(text, "buildup")[0] == ["TUR"]


def test_an_invitation_is_not_its_possessors_act() -> None:
    text = "The Pope accepted the Cuban government's invitation to visit Cuba."
    (r,) = run_texts(text, date="2016-05-02")
    visits = [e for e in r.events if e.trigger.text == "visit"]
    assert not any("CUB" in [p.country for p in e.actors] for e in visits)


def test_a_patients_own_place_in_a_from_phrase_is_no_doer() -> None:
    text = "Omar Haddad, a Jordanian shopkeeper, was abducted from his shop in Amman on Friday."
    actors, targets = _countries(text, "abducted")
    assert actors == []
    assert targets == ["JOR"]


def test_legislators_protesting_inside_the_state_aim_at_no_one_unnamed() -> None:
    text = "Seven Democratic senators staged a filibuster in Jefferson City, Missouri, on Monday."
    actors, targets = _countries(text, "filibuster")
    assert actors == ["USA"]
    assert targets == []


def test_their_after_names_in_apposition_to_the_subject_stands_for_all_of_them() -> None:
    text = "Republican contenders Ted Cruz and Marco Rubio tweeted their support for Israel."
    (r,) = run_texts(text, date="2016-05-02")
    names = [p.name for p in event_at(r, "support").actors]
    assert "Ted Cruz" in names
    assert "Marco Rubio" in names
