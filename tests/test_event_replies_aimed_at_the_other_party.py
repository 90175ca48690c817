"""An addressed act that names no one answers the party that just acted toward its doer: "X
accused Y ... Y apologized" is aimed at X, marked as an inferred target; an act with an object
of its own, one by an unrelated party, or one told inside a charge ("charged that Obama had
refused") stays without one."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts

CHARGE = "Senator Alma Reyes accused Governor Tom Barlow of lying about the budget on Monday. "


def _events(text: str, trigger: str) -> tuple[Event, Event]:
    """The accusation and the later act."""
    (r,) = run_texts(CHARGE + text, date="2019-03-12")
    accused = next(e for e in r.events if e.trigger.text == "accused")
    return accused, next(e for e in r.events if e.trigger.text.startswith(trigger))


def test_an_objectless_reply_answers_whoever_acted_toward_its_doer() -> None:
    accused, event = _events("On Tuesday Barlow apologized.", "apologized")
    assert [p.actor_id for p in event.actors] == [p.actor_id for p in accused.recipients]
    assert [p.actor_id for p in event.recipients] == [p.actor_id for p in accused.actors]
    assert "inferred target" in event.confidence_features


def test_a_reply_with_an_object_of_its_own_is_not_filled() -> None:
    _, event = _events("Barlow criticized the new tax plan hours later.", "criticized")
    assert not event.recipients


def test_an_act_noun_naming_the_thing_it_is_aimed_at_is_not_filled() -> None:
    _, event = _events("On Tuesday Barlow defended his support of the new library.", "support")
    assert event.type == "SUPPORT"
    assert not event.recipients


def test_an_act_told_inside_a_charge_answers_no_one() -> None:
    for text, trigger in [
        ("Republicans charged that Obama had refused to enforce the law.", "refused"),
        ("Clinton repeated her claim that Sanders had voted against the bailout.", "voted"),
    ]:
        (r,) = run_texts(text, date="2016-03-10")
        (event,) = [e for e in r.events if e.trigger.text.startswith(trigger)]
        assert event.type == "REJECT"
        assert not event.recipients


def test_a_reply_in_a_relative_clause_still_answers_the_attacker() -> None:
    (r,) = run_texts("Trump attacked Clinton, who hit back at him.", date="2016-03-10")
    (event,) = [e for e in r.events if e.trigger.text == "hit back"]
    assert [p.name for p in event.recipients] == ["Donald Trump"]


def test_an_act_noun_in_a_clause_on_the_target_answers_no_one() -> None:
    text = "Governor Barlow denounced supporters who level sexist attacks."
    (r,) = run_texts(text, date="2016-03-10")
    (event,) = [e for e in r.events if e.trigger.text == "attacks"]
    assert event.type == "ACCUSE"
    assert not event.recipients


def test_a_charge_whose_clause_names_the_accuser_is_aimed_back() -> None:
    text = "Governor Ann Barlow condemned Senator Tom Quill, who made the charge that she lied."
    (r,) = run_texts(text, date="2016-03-10")
    (event,) = [e for e in r.events if e.trigger.text == "charge"]
    assert [p.name for p in event.recipients] == ["Ann Barlow"]
