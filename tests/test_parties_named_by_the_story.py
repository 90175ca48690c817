"""Parties named by their place in the story: "both sides", "my opponent", "the North", and the
victims of one belligerent in a town the gazetteer does not know."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

WAR = (
    "ASMARA, March 3 (Reuters) - Djibouti accused Eritrea on Monday of shelling its posts.\n\n"
    "Eritrean gunners had killed seven civilians in Dagmaro, a Djibouti army officer said.\n\n"
    "Eritrea denied the charge. The Arab League urged both sides to end the fighting."
)
RACE = (
    "LIMA (AP) - Rosa Quispe and Jorge Salas, the two candidates in the runoff, held rallies "
    'on Sunday.\n\n"My opponent is a liar," Quispe told supporters in Cusco. '
    "Salas visited a market in Arequipa."
)


def _names(participants: list) -> set[str]:
    return {p.name for p in participants}


def test_both_sides_are_the_two_states_of_the_story() -> None:
    (r,) = run_texts(WAR, date="2008-03-03")
    assert {p.country for p in event_at(r, "urged").recipients} == {"DJI", "ERI"}


def test_victims_in_an_unplaced_town_are_the_other_belligerents() -> None:
    (r,) = run_texts(WAR, date="2008-03-03")
    killed = event_at(r, "killed")
    assert {p.country for p in killed.actors} == {"ERI"}
    assert {p.country for p in killed.recipients} == {"DJI"}


def test_my_opponent_is_the_other_candidate() -> None:
    (r,) = run_texts(RACE, date="2011-04-03")
    told = event_at(r, "told")
    assert told.type == "ACCUSE"
    assert _names(told.recipients) == {"Jorge Salas"}


def test_the_north_beside_south_korea_is_north_korea() -> None:
    text = "South Korea said on Friday it would cut fertiliser aid to the North."
    (r,) = run_texts(text, date="2009-06-05")
    assert "PRK" in {p.country for e in r.events for p in e.recipients}


def test_both_sides_with_no_story_pair_stay_unresolved() -> None:
    (r,) = run_texts("The mediator urged both sides to compromise.")
    assert not event_at(r, "urged").recipients


def test_both_men_are_the_two_people_of_the_story() -> None:
    text = (
        "Mayor Ian Cole and Judge Omar Diaz traded charges on Monday. Cole attacked Diaz on "
        "crime. Diaz attacked Cole on housing. Bishop Tom Reid urged both men to end the feud."
    )
    (r,) = run_texts(text)
    assert _names(event_at(r, "urged").recipients) == {"Ian Cole", "Omar Diaz"}
