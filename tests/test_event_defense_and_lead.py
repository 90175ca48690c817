"""Idioms whose sense decides the act: rising to someone's defense supports them (the one who
rises is the supporter, the one defended the target); following someone's lead is doing as
they did, while following leads is a probe; speaking against someone criticises them, speaking
against a backdrop does not."""

from __future__ import annotations

from tests.conftest import event_at, run_texts, typed_triggers


def test_rising_to_the_defense_of_someone_is_support_by_the_riser() -> None:
    (result,) = run_texts("Senator Ana Ruiz rose to the defense of Mayor Tom Bell.")
    event = event_at(result, "rose")
    assert event.type == "SUPPORT"
    assert [a.name for a in event.actors] == ["Ana Ruiz"]
    assert [r.name for r in event.recipients] == ["Tom Bell"]


def test_following_someones_lead_is_no_accusation() -> None:
    text = "Other senators followed Governor Ana Ruiz's lead and backed the bill."
    assert ("ACCUSE", "followed") not in typed_triggers(text)


def test_following_the_lead_of_someone_is_no_accusation() -> None:
    text = "Many Democrats are expected to follow the lead of Mayor Tom Bell on the issue."
    assert ("ACCUSE", "follow") not in typed_triggers(text)


def test_following_leads_is_still_a_probe() -> None:
    text = "Detectives followed several leads on the missing fugitive."
    assert ("ACCUSE", "followed") in typed_triggers(text)


def test_speaking_against_someone_is_criticism() -> None:
    text = "Senator Ana Ruiz has spoken against Mayor Tom Bell in recent weeks."
    assert ("ACCUSE", "spoken") in typed_triggers(text)


def test_speaking_against_a_backdrop_is_no_act() -> None:
    text = "Senator Ana Ruiz spoke against the marble backdrop of the library."
    assert typed_triggers(text) == []
