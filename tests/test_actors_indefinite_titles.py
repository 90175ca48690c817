"""An indefinite description ("a candidate") names no one told before it
(actors.indefinite_titles), and is no full name that keeps a surname from its known person
(actors.canonical_names)."""

from __future__ import annotations

from datetime import date

from eventwire.actors.canonical_names import name_known_people
from eventwire.model import Actor, ActorType, Code
from tests.conftest import run_texts
from tests.test_actors_pronoun_gender import linked_to


def test_a_hypothetical_candidate_is_not_the_candidate_named_before() -> None:
    (r,) = run_texts(
        "Republican candidate Donald Trump spoke in Ohio on Monday. Some voters said a better "
        "candidate should have entered the race.",
        date="2016-03-20",
    )
    assert linked_to(r, "a better candidate") != "Donald Trump"


def test_the_definite_description_still_names_the_candidate() -> None:
    (r,) = run_texts(
        "Republican candidate Donald Trump spoke in Ohio on Monday. Some voters said the "
        "candidate should have answered the question.",
        date="2016-03-20",
    )
    assert linked_to(r, "the candidate") == "Donald Trump"


def test_a_description_with_a_surname_keeps_the_known_person_named() -> None:
    text = "President Obama spoke. Republicans would reject an Obama nominee."
    obama = Actor(
        id="A1",
        name="Obama",
        type=ActorType.PERSON,
        country=Code(value="USA"),
        sector=Code(value="GOV"),
    )
    nominee = Actor(
        id="A2",
        name="an Obama nominee",
        type=ActorType.PERSON,
        country=Code(value="USA"),
        sector=Code(value="PTY"),
    )
    name_known_people([obama, nominee], [], text, date(2016, 3, 4))
    assert obama.name == "Barack Obama"


def _targets(text: str) -> list[tuple[str, list[str], list[str | None]]]:
    (r,) = run_texts(text, date="2016-06-05")
    return [
        (e.type, [p.mention.text for p in e.recipients], [p.country for p in e.recipients])
        for e in r.events
    ]


def test_the_object_of_an_act_done_is_its_target() -> None:
    text = "WASHINGTON - Donald Trump attacked a federal judge on Sunday."
    assert ("ACCUSE", ["a federal judge"], ["USA"]) in _targets(text)


def test_an_act_that_killed_a_person_of_a_trade_reached_that_person() -> None:
    text = "ATLANTA - The bombing of the clinic killed an off-duty police officer on Monday."
    assert ("ASSAULT", ["an off-duty police officer"], ["USA"]) in _targets(text)


def test_the_object_of_an_act_not_done_is_anyone_of_the_kind() -> None:
    text = "WASHINGTON - Senator Elizabeth Warren has not endorsed a candidate."
    assert all(not names for _, names, _ in _targets(text))


def test_the_person_an_attack_is_aimed_at_is_its_target() -> None:
    text = "WASHINGTON - Donald Trump renewed his attacks on a federal judge."
    assert ("ACCUSE", ["a federal judge"], ["USA"]) in _targets(text)


def test_what_a_linking_verb_says_someone_remained_is_no_actor() -> None:
    (r,) = run_texts(
        "WASHINGTON - Has Sanders lost the leverage he built by remaining an active candidate "
        "when most of the party has moved on? Sanders spent his speech praising the candidate.",
        date="2016-06-05",
    )
    assert "an active candidate" not in {a.name for a in r.actors}
