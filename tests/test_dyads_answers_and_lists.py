"""Doers the parse leaves beside an act: the subject of a verb of answering, joining in or
opening whose "with" object the act is (or the paper that tells it), and the subject of the
first act of a list the parse hangs on the next act as its object."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _sides(text: str, trigger: str) -> tuple[list[str], list[str]]:
    (result,) = run_texts(text)
    event = event_at(result, trigger)
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_an_answer_with_an_attack_is_the_answerers_attack() -> None:
    text = "Governor Alma Fenwick responded with a scathing attack on Mayor Otto Brandt."
    assert _sides(text, "attack") == (["Alma Fenwick"], ["Otto Brandt"])


def test_a_debate_opened_with_criticism_is_the_openers_criticism() -> None:
    text = "Senator Otto Brandt opened the hearing with sharp criticism of Governor Alma Fenwick."
    assert _sides(text, "criticism") == (["Otto Brandt"], ["Alma Fenwick"])


def test_joining_in_with_criticism_is_the_joiners_criticism() -> None:
    text = "Senator Otto Brandt chimed in with criticism of Governor Alma Fenwick."
    assert _sides(text, "criticism") == (["Otto Brandt"], ["Alma Fenwick"])


def test_an_ad_a_campaign_goes_up_or_opens_with_does_what_its_maker_does() -> None:
    went_up = "Senator Otto Brandt went up with a new ad attacking Governor Alma Fenwick."
    launched = (
        "Senator Otto Brandt launched his campaign with a speech denouncing Governor Alma Fenwick."
    )
    assert _sides(went_up, "attacking") == (["Otto Brandt"], ["Alma Fenwick"])
    assert _sides(launched, "denouncing") == (["Otto Brandt"], ["Alma Fenwick"])


def test_striking_back_with_an_ad_is_the_answerers_ad() -> None:
    # the parse hangs "back" as an adverb, not a particle: "struck back" is still read
    text = "Senator Otto Brandt struck back with an ad attacking Governor Alma Fenwick."
    assert _sides(text, "attacking") == (["Otto Brandt"], ["Alma Fenwick"])


def test_going_with_a_paper_chooses_it_and_issues_nothing() -> None:
    text = "Senator Otto Brandt went with a speech attacking Governor Alma Fenwick."
    assert "Otto Brandt" not in _sides(text, "attacking")[0]


def test_one_greeted_with_protests_does_not_protest() -> None:
    (result,) = run_texts("Governor Alma Fenwick was greeted with protests in Lisbon.")
    assert all(
        "Alma Fenwick" not in [p.name for p in e.actors]
        for e in result.events
        if e.trigger.text == "protests"
    )


def test_the_first_act_of_a_list_gives_its_subject_to_the_next() -> None:
    text = (
        "Mayor Otto Brandt summed up Governor Alma Fenwick as “weak,” denounced her budget "
        "and said she should step aside."
    )
    assert _sides(text, "denounced")[0] == ["Otto Brandt"]


def test_an_act_after_a_dash_is_not_the_first_acts_subjects() -> None:
    text = "Clinton Made This Odd Final Request To CNN Right Before Debate – Refused Immediately."
    assert _sides(text, "Refused")[0] == []
