"""Explosions, blowing things up and defeating armed groups, as a reader of world news codes
them: an explosion or a device set off is an attack even before anyone claims it; tempers, an
alarm, a gas leak or a population that "explodes" is none; blowing up a vehicle with people
aboard is a bombing, blowing up a bridge destroys property; defeating militants is fighting,
defeating a rival in a primary is not."""

from __future__ import annotations

import pytest

from eventwire.model import Event

from .conftest import event_types, run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="2003-04-02")
    return result.events


@pytest.mark.parametrize(
    "text",
    [
        "An explosion went off in a crowded bazaar in Quetta on Thursday.",
        "A powerful blast ripped through a bus depot in Kano on Monday.",
        "Police sealed off the streets near the explosions that went off in Marseille.",
        "A truck bomb exploded outside a police station in Mosul.",
    ],
)
def test_an_explosion_or_a_device_set_off_is_a_bombing(text: str) -> None:
    assert [e.cameo for e in _events(text) if e.type == "ASSAULT"] == ["183"]


def test_an_explosion_that_goes_off_at_a_site_targets_its_owner() -> None:
    (event,) = _events("An explosion went off outside the Danish embassy in Lima.")
    assert (event.type, [p.country for p in event.recipients]) == ("ASSAULT", ["DNK"])


@pytest.mark.parametrize(
    "text",
    [
        "Tempers exploded at the school board meeting.",
        "The smoke alarm went off during the vote.",
        "A gas explosion at a fertilizer plant in Texas killed nine workers.",
        "A boiler explosion at a clinic in Omsk injured two nurses.",
        "The region has seen a population explosion since the war.",
        "There was an explosion of anger online after the ruling.",
        "Her speech went off like a bomb in the caucus.",
    ],
)
def test_other_things_that_explode_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


def test_a_suspected_bombing_of_an_airliner_is_a_claimed_assault() -> None:
    text = "Detectives arrested the men suspected of blowing up a Dutch airliner over Mali."
    bombing = [e for e in _events(text) if e.type == "ASSAULT"]
    assert [(e.cameo, e.modality.value) for e in bombing] == [("183", "claimed")]


def test_a_suicide_bomber_who_blows_himself_up_attacks_those_around() -> None:
    assert "ASSAULT" in event_types("A suicide bomber blew himself up at a market in Kirkuk.")


def test_blowing_up_a_bridge_destroys_property() -> None:
    assert event_types("Guerrillas blew up a railway bridge near Aden.") == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will defeat the insurgents," the general said.',
        "The government plans to defeat the rebels before the rains.",
    ],
)
def test_defeating_an_armed_group_is_fighting_it(text: str) -> None:
    assert {"ASSAULT", "THREATEN"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The governor was defeated in the primary.",
        "The measure was defeated in the state assembly.",
        "Democrats hope to defeat the Republican nominee in November.",
    ],
)
def test_defeating_a_rival_or_a_bill_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in event_types(text)
