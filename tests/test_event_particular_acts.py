"""Event nouns told as one particular act (a place, a date, a span, a doer, a verb of doing)
are counted even with no actor named; kinds of act and topics are not."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING

from .conftest import run_texts

PARTICULAR = [
    (
        "The verdict follows three weeks of bitter infighting and noisy protests in Lagos and"
        " Abuja over the price of fuel.",
        "protests",
        "PROTEST",
    ),
    (
        "It was the deadliest bombing on our soil since 1995, the minister said.",
        "bombing",
        "ASSAULT",
    ),
    (
        "After a week of angry accusations lobbed by both camps of the election dispute,"
        " attention turned to the judges today.",
        "accusations",
        "ACCUSE",
    ),
    (
        "Many marked the day, the 50th anniversary of the Prague crackdown, a brutal invasion of"
        " Czechoslovakia by Soviet troops.",
        "invasion",
        "ASSAULT",
    ),
]
NOT_PARTICULAR = [
    ("Protests are a part of every democracy.", "Protests"),
    ("The ministers discussed free trade deals.", "deals"),
    ("Strong demand in Germany lifted the company's sales.", "demand"),
    ("The senator spoke at a rally in Toledo on Saturday.", "rally"),
    (
        "The president condemned what appears to be a terrorist attack in Lyon, France.",
        "attack",
    ),
    ("Today is the anniversary of the war.", "war"),
    ("The minister said the new unit would help prevent the next bombing.", "bombing"),
    ("The mayor will give a speech on Friday addressing the bombing in Leeds.", "bombing"),
]


@pytest.mark.parametrize("text,trigger,type_", PARTICULAR)
def test_an_act_placed_dated_or_done_by_someone_is_counted(
    text: str, trigger: str, type_: str
) -> None:
    (result,) = run_texts(text, date="2018-08-21")
    assert type_ in [e.type for e in result.events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", NOT_PARTICULAR)
def test_kinds_topics_venues_and_hedged_acts_are_not(text: str, trigger: str) -> None:
    (result,) = run_texts(text, date="2018-08-21")
    assert not [e for e in result.events if trigger in e.trigger.text]


def test_a_historical_act_with_its_parties_is_coded_occurred_with_them() -> None:
    (result,) = run_texts(
        "Many marked the day, the 50th anniversary of the Prague crackdown, a brutal invasion of"
        " Czechoslovakia by Soviet troops.",
        date="2018-08-21",
    )
    (event,) = [e for e in result.events if e.trigger.text == "invasion"]
    assert event.modality.value == "occurred"
    assert event.actors and event.recipients


def test_a_conference_addressed_is_its_audience_not_a_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")
    (result,) = run_texts(
        "The premier will address the annual trade conference hosted by the Chamber of"
        " Commerce in Sydney on Friday.",
        date="2018-08-21",
    )
    conference = [e for e in result.events if e.trigger.text == "conference"]
    assert all("content of another" not in e.confidence_features for e in conference)


OWNED_BY_NO_PARTY = [
    "In recent weeks his attacks have focused less on trade and more on her temper.",
    "Its ban on night flights was the region's last.",
]


@pytest.mark.parametrize("text", OWNED_BY_NO_PARTY)
def test_an_act_owned_by_someone_no_actor_stands_for_is_not_counted(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-01")
    assert not [e for e in result.events if e.type in {"ASSAULT", "COERCE"}]


@pytest.mark.parametrize(
    "text",
    [
        "The Leeds attack shocked the country on Sunday.",
        "The suspected car bombings occurred minutes apart on Friday.",
    ],
)
def test_an_act_named_by_its_town_or_in_doubt_is_still_counted(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-01")
    assert "ASSAULT" in [e.type for e in result.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hours after Friday's attack in Dayton, the governor ordered flags lowered.", "attack"),
        ("The town has been on edge since Monday's bombing of a market.", "bombing"),
    ],
)
def test_an_attack_dated_in_the_news_setting_another_act_is_coded_with_no_sides(
    text: str, trigger: str
) -> None:
    (result,) = run_texts(text, date="2019-08-10")
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    assert event.type == "ASSAULT"
    assert not event.actors and not event.recipients


@pytest.mark.parametrize(
    "text",
    [
        "Before the Paris attacks, the senator rarely spoke about terrorism.",
        "The town has been on edge since the March 2009 bombing of a market.",
        "Divers searched a lake two miles from the site of the Dec. 2 attack.",
    ],
)
def test_an_undated_historical_or_passing_attack_setting_another_act_is_not(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-01")
    assert "ASSAULT" not in [e.type for e in result.events]
