"""Which trigger words are events an analyst would count, and how sure eventwire is of each."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING

from .conftest import run_texts

NOT_EVENTS = [
    ("At a rally in Iowa, the candidate compared the migrants to wolves.", "rally"),
    ("Only 41 percent of likely voters agreed that the governor was honest.", "agreed"),
    ("Farmers protest outside parliament every week.", "protest"),
    ("Obama recognized the Muslim holiday on Monday.", "recognized"),
    ("Two suspects in the Kenya bombing were handed over to Britain.", "bombing"),
    ("The Department of Veterans Affairs released a suicide analysis last month.", "released"),
    ("The senator rallied his supporters in Ohio.", "rallied"),
    ("The United States has interests to defend around the world.", "defend"),
    ("The bank said it extended its $20-a-share offer for the insurer's common stock.", "offer"),
    ("Mills reported strong demand and higher selling prices for paper products.", "demand"),
    ("The primary season has been a story of frustration, rejection and fatigue.", "rejection"),
    ("By the spring, large majorities of Republicans agreed with Trump.", "agreed"),
    ("'No one should doubt our resolve,' the minister said.", "said"),
    ("Senator Jones will be holding a rally at a union hall in Toledo.", "rally"),
    ("Four retired teachers donated $2,700 to Senator Jones in March.", "donated"),
    ("The senator charged his own campaign $40,000 a month in rent.", "charged"),
    ("Two justices had the votes to strike it down but chose to uphold the statute.", "strike"),
    ("What could knock him back would be a loss in Iowa.", "knock"),
    ("The senator did not rule out a run for governor next year.", "rule out"),
    (
        "The governor discussed the pipeline dispute with radio host Amy Marsh on Friday.",
        "discussed",
    ),
    ("The senator talked politics on Sunday on Meet the Nation.", "talked"),
    ("The anchor questioned the senator about her vote on the budget.", "questioned"),
    ("The governor announced the plan during a Sunday rally in Dayton.", "rally"),
    ("The campaign explained the figures in its release.", "release"),
    ("The festival will go on without the support of the city council.", "support"),
    ("The governor talked to the press after the vote.", "talked"),
    ("The governor spent the afternoon talking to voters about school funding.", "talking"),
    ("The two mayors talked to a small crowd outside the library.", "talked"),
    ("It's easy to criticize the mayor's budget, but the council has no plan.", "criticize"),
    ("It will be very difficult to persuade the delegates to switch sides.", "persuade"),
    ("The mayor stood by his comment that the budget was too large.", "stood by"),
    ("The report could open the governor up to further attacks by his rivals.", "attacks"),
    ("They should support the candidate who got the most votes.", "support"),
    ("The magazine shot back in an article stating that Paris was the capital.", "shot"),
    ("The network immediately seized on the controversy over the deal.", "seized"),
    ("Voters' views of the senator have declined by nine percentage points.", "declined"),
    ("The staff released a video promoting a battle of ideas.", "battle"),
    ("Welcome to the season of big political promises.", "Welcome"),
    ("The Orlando attack now ranks as the deadliest mass shooting in the country.", "attack"),
    ("The mayor kept her promise to coach the chess club every Saturday.", "promise"),
    ("Senator Paul Ryan met with local reporters in Jerusalem on Monday.", "met"),
    ("An average of 81 percent of Democrats approve of the governor, the poll found.", "approve"),
    ("In the survey, 71 percent of Sanders supporters approved of the senator.", "approved"),
]


@pytest.mark.parametrize("text,trigger", NOT_EVENTS)
def test_topics_venues_statistics_and_habits_are_left_out(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    assert not [e for e in result.events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", NOT_EVENTS)
def test_all_events_keeps_them_with_low_confidence_and_reasons(
    monkeypatch: pytest.MonkeyPatch, text: str, trigger: str
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if trigger in e.trigger.text]
    assert event.confidence < 0.5
    assert len(event.confidence_features) > 1  # the kind of predicate, then what lowered it


def test_acts_with_participants_are_kept_with_high_confidence() -> None:
    (result,) = run_texts(
        "Syria and Turkey held talks on Monday. Britain recognized Kosovo on Tuesday.",
    )
    assert sorted(e.type for e in result.events) == ["CONSULT", "SUPPORT"]
    assert all(e.confidence >= 0.7 for e in result.events)


def test_talks_with_a_party_stay_consultations() -> None:
    (result,) = run_texts("The governor talked with union leaders about the strike on Monday.")
    assert [(e.type, e.trigger.text) for e in result.events] == [("CONSULT", "talked")]


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Tanzania expelled five Iraqis on Friday.", "COERCE"),
        ("Germany expelled the Russian ambassador on Friday.", "SANCTION"),
        ("Canada accepted 10,000 Syrian refugees last year.", "AID"),
        ("Israel released 40 Palestinian prisoners on Monday.", "RETREAT"),
    ],
)
def test_the_object_picks_the_sense(text: str, type_: str) -> None:
    (result,) = run_texts(text)
    assert [e.type for e in result.events] == [type_]


def test_a_complaint_is_coded_not_the_event_it_mentions_in_passing() -> None:
    (result,) = run_texts(
        "Some Egyptians complained that after the Cairo bombing, doctors favoured foreigners."
    )
    assert [e.type for e in result.events] == ["ACCUSE"]


def test_handing_over_suspects_is_cooperation() -> None:
    (result,) = run_texts("Pakistan handed over two suspects to Kenyan officials on Friday.")
    assert [e.type for e in result.events] == ["COOPERATE"]


@pytest.mark.parametrize(
    "text,types",
    [
        ("Iran warned Israel of retaliation on Monday.", ["THREATEN"]),
        ("The army allowed the students to march through the capital.", ["CONCEDE"]),
        ("The NYPD overruled her request on Sunday.", ["REJECT"]),
    ],
)
def test_what_an_act_permits_or_overrules_is_part_of_it(text: str, types: list[str]) -> None:
    (result,) = run_texts(text)
    assert [e.type for e in result.events] == types


def test_a_rally_held_by_no_one_named_stays_a_protest() -> None:
    (result,) = run_texts("Protesters said a rally would be held in Cairo on Friday.")
    assert "rally" in [e.trigger.text for e in result.events if e.type == "PROTEST"]


def test_a_reported_future_is_planned_not_hypothetical() -> None:
    (result,) = run_texts(
        "If and when the remains are found, he said, they would be turned over to the British"
        " Embassy."
    )
    assert [(e.type, e.modality.value) for e in result.events] == [("COOPERATE", "planned")]


def test_an_attack_told_happening_is_kept() -> None:
    (result,) = run_texts("The attack in Nairobi continues to shake the city, officials said.")
    assert [e.type for e in result.events] == ["ASSAULT"]


def test_a_promise_made_is_kept() -> None:
    (result,) = run_texts("Germany made a pledge to NATO on Monday to add 7,000 soldiers.")
    assert [e.type for e in result.events] == ["AGREE"]


def test_plural_acts_at_a_named_place_are_those_acts() -> None:
    (result,) = run_texts("Bombings at two churches in Egypt are a warning, the bishop said.")
    assert [e for e in result.events if e.trigger.text == "Bombings"]


def test_perpetrators_are_agents_of_their_demands() -> None:
    (result,) = run_texts("Their kidnappers demanded a ransom of $2 million for the engineers.")
    assert "demanded" in {e.trigger.text for e in result.events}


def test_the_eve_of_a_visit_tells_the_visit() -> None:
    (result,) = run_texts(
        "Flags went up in Hanoi on the eve of the Japanese premier's visit to Vietnam."
    )
    assert "visit" in {e.trigger.text for e in result.events}


def test_one_person_named_as_subject_is_no_statistic() -> None:
    (result,) = run_texts(
        "Already one grandstanding Ohio senator has subpoenaed the mayor to testify before a panel."
    )
    assert "subpoenaed" in {e.trigger.text for e in result.events}


def test_a_headline_verb_between_two_names_is_kept() -> None:
    (result,) = run_texts("Warren blasts Trump over 'border wall' idea.")
    assert [e.type for e in result.events] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "In Boston, the senator's widow, Ann Marsh, denied that she would sell the newspaper.",
        "The prisoner's mother refused to sign the statement the police gave her.",
    ],
)
def test_a_person_named_by_kinship_or_a_plain_noun_can_deny_or_refuse(text: str) -> None:
    (result,) = run_texts(text)
    assert [e.type for e in result.events] == ["REJECT"]


def test_a_thing_that_declines_is_still_no_one_rejecting() -> None:
    (result,) = run_texts("The company's revenue has declined for three years.")
    assert result.events == []
