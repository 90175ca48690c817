"""Trigger rows that take the same objects read one word class of event_words.tsv (@troops,
@regulation, @inspectors), so every row hears each word of the class: a singular "troop", and
investigators let in as well as inspectors."""

from __future__ import annotations

from .conftest import event_types


def test_letting_investigators_in_is_granting_access() -> None:
    assert "RETREAT" in event_types("LUSAKA, Zambia (AP) -- Zambia admitted UN investigators.")


def test_moving_a_troop_is_a_deployment() -> None:
    text = "QUITO, Ecuador (Reuters) - Colombia moved a troop of soldiers to the frontier."
    assert "MOBILIZE" in event_types(text)


def test_blocking_a_rule_rejects_it() -> None:
    text = "OSLO, Norway (AP) -- The opposition blocked the new rules on Thursday."
    assert "REJECT" in event_types(text)


def test_blocking_a_partys_efforts_rejects_them() -> None:
    text = "MOSCOW (AP) -- Russia had long blocked China's attempts to create a development bank."
    assert "REJECT" in event_types(text)


def test_obstructing_an_agenda_rejects_it() -> None:
    text = "WASHINGTON (AP) -- Republicans in Congress obstructed the president's agenda."
    assert "REJECT" in event_types(text)


def test_fighting_a_bid_still_rejects_it_and_fighting_rebels_is_combat() -> None:
    assert "REJECT" in event_types("WASHINGTON (AP) -- Senators fought Obama's bid to cut taxes.")
    assert "REJECT" not in event_types("KABUL (AP) -- Troops fought the rebels in the hills.")
