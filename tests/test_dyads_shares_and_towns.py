"""Sides read through a possessed noun, relative clauses and towns: a gerund after "in", "at"
or "of" on a possessed noun is the possessor's own act ("her role in rallying voters"), also
where the parse hangs the preposition on the verb the noun is the object of; a noun that is an
act itself tells another's act ("the charge of spying"). A relative pronoun subject of a clause
coordinated with a relative clause stands for the noun both modify ("X, who lost and who later
endorsed Y"). A town abroad named as the object stands for what happened there ("investigate
Mosul"), while a town at home is a party through its government ("sued Chicago")."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _sides(text: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    (r,) = run_texts(text, date="2016-05-02")
    event = event_at(r, trigger)
    return [p.name for p in event.actors], [p.country for p in event.recipients]


def test_a_role_in_a_gerund_hung_on_the_verb_is_still_the_possessors() -> None:
    text = (
        "Governor Alma Reyes seemed to urge Mayor Dan Pike to drop his complaints by citing"
        " her own role in rallying voters behind Senator Tom Hale."
    )
    assert _sides(text, "rallying voters behind")[0] == ["Alma Reyes"]


def test_the_possessor_of_a_record_does_the_gerund_after_of() -> None:
    text = "Voters know Senator Tom Hale's long record of opposing President Obama."
    assert _sides(text, "opposing")[0] == ["Tom Hale"]


def test_a_town_abroad_investigated_is_no_target() -> None:
    text = "House Republicans created a new panel to investigate Mosul last year."
    actors, targets = _sides(text, "investigate")
    assert actors == ["House Republicans"]
    assert targets == []


def test_a_town_at_home_sued_is_its_government() -> None:
    text = "The Justice Department sued Cleveland on Tuesday over its police practices."
    assert _sides(text, "sued")[1] == ["USA"]


def test_a_second_relative_pronoun_stands_for_the_noun_modified() -> None:
    text = "Senator Tom Hale, who lost the primary and who later endorsed Mayor Dan Pike, spoke."
    assert _sides(text, "endorsed")[0] == ["Tom Hale"]
