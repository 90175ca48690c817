"""One who "was the target of an assassination attempt" is the attack's target (read48b,
newswire): the frame tells the act as what befell the clause's subject; blame framed the same
way stays an accusation, and victims named in passing still tell no attack."""

from __future__ import annotations

from .conftest import event_types, target_names, trigger_sides


def test_the_target_of_an_assassination_attempt_is_its_target() -> None:
    text = "State radio said the Ruritanian premier was the target of an assassination attempt."
    assert [s for _, _, s in trigger_sides(text, "ASSAULT")] == [["the Ruritanian premier"]]


def test_victims_of_an_attack_named_in_passing_tell_no_attack() -> None:
    text = "Relatives of the victims of the attack met the governor on Tuesday."
    assert "ASSAULT" not in event_types(text)


def test_the_target_of_criticism_is_still_accused() -> None:
    text = "Governor Hale has been the target of criticism from the teachers' union."
    assert target_names(text, "been the target of criticism") == ["Hale"]
