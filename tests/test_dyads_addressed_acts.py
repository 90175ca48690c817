"""Whom an act is addressed to when its own words name no target: the listener of "told Y
that ...", the first object of "gave Y an assurance", the "for Y to" subject of a call."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import countries_of, run_texts


def _events(result: ArticleResult) -> list[Event]:
    return [e for e in result.events if e.actors]


def test_an_act_announced_to_a_listener_is_aimed_at_the_listener() -> None:
    refused, released, press = run_texts(
        "Sri Lanka told Norway that it would not allow the monitors to return.",
        "The Cuban foreign minister told the Mexican envoy that Havana was ready to resume talks.",
        "The Cuban foreign minister told reporters that Havana was ready to resume talks.",
    )
    (allow,) = _events(refused)
    assert countries_of(allow.recipients) == {"NOR"}
    assert {"MEX"} in [countries_of(e.recipients) for e in _events(released)]
    assert all("MEX" not in countries_of(e.recipients) for e in _events(press))


def test_a_statement_to_the_press_aims_the_act_at_no_one() -> None:
    (told,) = run_texts(
        "Spokesman Brian Adler told Reuters that Senator Blake had offered to answer questions."
    )
    assert all(not e.recipients for e in _events(told))


def test_the_first_object_of_a_verb_handing_over_an_act_is_its_target() -> None:
    assured, ultimatum = run_texts(
        "Iraq gave Kuwait an assurance that it would respect the border.",
        "France sent Libya an ultimatum.",
    )
    assert {"KWT"} in [countries_of(e.recipients) for e in _events(assured)]
    assert {"LBY"} in [countries_of(e.recipients) for e in _events(ultimatum)]


def test_a_call_for_someone_to_act_is_aimed_at_them() -> None:
    renewed, made = run_texts(
        "Egypt renewed its call for Israel to halt the raids.",
        "Kenya made a demand for Somalia to withdraw its troops.",
    )
    (call,) = _events(renewed)
    assert countries_of(call.recipients) == {"ISR"}
    (demand,) = _events(made)
    assert countries_of(demand.recipients) == {"SOM"}


def test_a_refused_meeting_is_aimed_at_whom_it_would_meet_not_where() -> None:
    (refused,) = run_texts(
        "The Syrian president has refused to meet Lebanon's visiting Prime Minister"
        " Rafik Hariri in Damascus."
    )
    (reject,) = _events(refused)
    assert countries_of(reject.recipients) == {"LBN"}


def test_a_promise_with_only_a_place_keeps_the_place() -> None:
    (agreed,) = run_texts("The APEC forum has agreed to set up a research center in Tokyo.")
    (agree,) = _events(agreed)
    assert countries_of(agree.recipients) == {"JPN"}


def test_a_demand_said_on_an_outlet_asks_the_party_it_binds() -> None:
    (said,) = run_texts("Senator Mark Dwyer said on CNN that Governor Ellen Pratt must resign.")
    (demand,) = [e for e in said.events if e.type == "REQUEST"]
    assert [p.name for p in demand.recipients] == ["Ellen Pratt"]


def test_an_outlet_the_words_are_said_on_is_no_target() -> None:
    (aired,) = run_texts(
        '"Carl Benson is a disgrace," Ellen Voss said Sunday on ABC\'s "This Week."'
    )
    assert [[p.name for p in e.recipients] for e in _events(aired)] == [["Carl Benson"]]
