"""A verb of bodily force ("grab", "shove", "yank") is a blow when it lands on anyone, named or
not ("shoved a demonstrator"), or on a part of someone's body ("yanked her arm"); with a thing
as object ("grabbed the headlines", "kicked off the tour") it is no act."""

from __future__ import annotations

from tests.conftest import event_types, typed_triggers


def test_force_on_an_unnamed_person_is_an_assault() -> None:
    text = "A security guard shoved a demonstrator outside the arena on Friday."
    assert ("ASSAULT", "shoved") in typed_triggers(text)
    text = "At the town hall, a man punched a heckler twice before deputies stepped in."
    assert ("ASSAULT", "punched") in typed_triggers(text)


def test_force_on_a_persons_body_part_is_an_assault() -> None:
    text = "The governor's driver yanked the arm of a television reporter outside the hotel."
    assert ("ASSAULT", "yanked") in typed_triggers(text)
    assert ("ASSAULT", "grabbed") in typed_triggers("The aide grabbed her arm in the hallway.")


def test_force_on_a_thing_is_no_act() -> None:
    assert "ASSAULT" not in event_types("The mayor grabbed the headlines again on Monday.")
    assert "ASSAULT" not in event_types("The network yanked the advertisement after complaints.")
