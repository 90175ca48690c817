"""Passing word to a political party directly is a consultation (PLOVER CONSULT): being in touch
with it, telling, informing, briefing or notifying it, sharing concerns with it, carrying it a
message or calling it. Telling reporters, a crowd or a newspaper is only a quote cue, and telling
a jury or the police is testimony."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult, Event
from tests.conftest import run_texts


def _result(text: str) -> ArticleResult:
    (result,) = run_texts(text, date="2019-05-02")
    return result


def _consults(text: str) -> list[Event]:
    return [e for e in _result(text).events if e.type == "CONSULT"]


def _countries(participants: list) -> set[str | None]:
    return {p.country for p in participants}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan government has been in contact with Ethiopian officials.", "KEN", "ETH"),
        ("Chile's foreign minister has been in touch with his Bolivian counterpart.", "CHL", "BOL"),
        ("Canada informed the Mexican government of its decision.", "CAN", "MEX"),
        ("The Dutch defense minister told Belgian officials that the base was full.", "NLD", "BEL"),
        ("Norway shared its concerns with the Danish government.", "NOR", "DNK"),
        ("Portugal's envoy passed a message to the Moroccan king.", "PRT", "MAR"),
    ],
)
def test_word_passed_to_a_party_is_a_consultation(text: str, source: str, target: str) -> None:
    (event,) = _consults(text)
    assert source in _countries(event.actors)
    assert target in _countries(event.recipients)


def test_the_party_told_in_the_passive_is_the_target() -> None:
    (event,) = _consults(
        "Concerns had been shared with the Austrian government, the ministry said."
    )
    assert _countries(event.recipients) == {"AUT"}


def test_briefing_a_legislature_is_a_consultation() -> None:
    (event,) = _consults("The Foreign Office briefed the parliamentary committee on the crisis.")
    assert event.trigger.text == "briefed"


def test_calling_a_leader_is_a_phone_call_not_an_appeal() -> None:
    events = _result(
        "President Pavel Hrubic called Slovak Prime Minister Jan Dvorsky on Monday."
    ).events
    (call,) = events
    assert (call.type, call.cameo) == ("CONSULT", "041")
    assert [p.name for p in call.recipients] == ["Jan Dvorsky"]


@pytest.mark.parametrize(
    "text",
    [
        'The governor announced his running mate, calling Senator Mike Pence "my partner."',
        "Trump attacked Romney, calling him, among other things, “a failed candidate.”",
        "Senator Carson used his address to call Secretary Clinton a student of Saul Alinsky.",
    ],
)
def test_calling_a_leader_by_a_name_is_no_phone_call(text: str) -> None:
    assert not _consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters that the harvest had failed.",
        "Senator Ruth Calder told the Associated Press that she would vote no.",
        "Governor Lena Hart told the crowd that the state would recover.",
        "The defendant told the jury he had been curious about the website.",
        "The farmer shared his concerns with reporters.",
        "Doctors say the workers had contact with infected pigs.",
    ],
)
def test_telling_the_press_a_crowd_or_a_court_is_no_consultation(text: str) -> None:
    assert not _consults(text)


def test_telling_the_press_keeps_its_quote() -> None:
    result = _result("The minister told reporters that the harvest had failed.")
    assert len(result.quotes) == 1


def test_an_act_announced_to_a_party_is_the_event_not_the_telling() -> None:
    events = _result("Estonia told Latvia that it would close the border crossing.").events
    assert [e.type for e in events] != ["CONSULT"]
    assert all(e.trigger.text != "told" for e in events)


def test_a_talk_is_with_its_partner_not_the_country_of_its_topic() -> None:
    (event,) = _consults("Chancellor Weber discussed the Ukraine crisis with the French president.")
    assert _countries(event.recipients) == {"FRA"}


def test_talks_told_in_an_adverbial_clause_are_coded_beside_the_main_act() -> None:
    text = (
        "Germany is bolstering its naval presence, as Chancellor Weber discussed the Ukraine "
        "crisis with the one partner who has backed her, French President Anne Moreau."
    )
    (event,) = _consults(text)
    assert [p.name for p in event.recipients] == ["Anne Moreau"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will win this state,” the senator told me.",
        "The minister told USA Today that the harvest had failed.",
        "But, she told the governors who gathered in Denver, “no one should doubt our resolve.”",
        "The adviser said he told Governor Lena Hart to stay focused on jobs.",
    ],
)
def test_a_speech_the_writer_or_an_appeal_is_no_consultation(text: str) -> None:
    assert not _consults(text)


@pytest.mark.parametrize(
    "text",
    [
        'Governor Hart told Senator Vance at a forum that voters were "fed up with your excuses."',
        "The senator says he would tell Governor Lena Hart “enough is enough.”",
        "The border force needs more drones, Interior Minister Ruth Kalnins told a Senate panel.",
    ],
)
def test_a_remark_in_its_own_words_or_a_statement_before_its_teller_is_no_consultation(
    text: str,
) -> None:
    """What was told quoted, or told before its teller, is a remark or testimony reported."""
    assert not _consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ortiz was told on Friday that his budget had no chance in the council.",
        "Premier Dale Munro was informed by his nephew that the party had turned against him.",
        "The president told his closest advisers that the speech was about the country.",
        "Chile told Peruvian and Bolivian mining firms of a cut in water allowances.",
    ],
)
def test_a_telling_with_no_party_on_either_side_is_no_consultation(text: str) -> None:
    """No teller that is a party, the teller's own staff told, or firms told (the countries
    only modify them): a message, not talks between sides."""
    assert not _consults(text)


def test_a_government_telling_another_states_officials_is_a_consultation() -> None:
    (event,) = _consults(
        "Ecuador's government told Colombian officials it is worried about the flood."
    )
    assert _countries(event.actors) == {"ECU"}
    assert _countries(event.recipients) == {"COL"}


def test_a_telling_in_a_series_of_one_doers_acts_is_a_consultation() -> None:
    """A conjunct with no "and" is a statement's teller only with a subject of its own: "flew
    to Moscow, told Lavrov about the plan and returned home" is one doer's acts."""
    text = "Kerry flew to Moscow, told Lavrov about the plan and returned home."
    (result,) = run_texts(text, date="2016-05-02")
    assert "told" in [e.trigger.text for e in result.events if e.type == "CONSULT"]
