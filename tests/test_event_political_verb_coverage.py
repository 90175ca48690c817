"""Political verbs the trigger lexicon reads since round 33c: closing a deal (AGREE), embracing
or coalescing around a person (SUPPORT), bailing out a party or swapping prisoners (AID,
COOPERATE), caving in to demands (CONCEDE), begging a party to act (REQUEST), standing up to or
contradicting someone, obstructing a bill, annulling an election (REJECT), intimidating
(THREATEN), rebelling or disrupting a rally (PROTEST), shunning (SANCTION), harassing, purging,
muzzling the press (COERCE), searching a home or reexamining evidence (ACCUSE), and hacking to
death, pelting, hurling stones, routing or firebombing (ASSAULT), laying siege (COERCE) and
sheltering refugees (AID). The same words in their everyday senses stay no act."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile and Peru clinched a border deal in Lima on Friday.", "AGREE"),
        ("Negotiators for Ghana hammered out a deal with Togo overnight.", "AGREE"),
        ("The delegates warmly embraced Senator Hale after her speech.", "SUPPORT"),
        ("Party elders coalesced around Governor Ames this week.", "SUPPORT"),
        ("The Finance Ministry bailed out the two state banks.", "AID"),
        ("After the strike, Governor Ames caved in to the teachers' demands.", "CONCEDE"),
        ("The prime minister begged the rebels to lay down their arms.", "REQUEST"),
        ("Peru will stand up to Chile on the fishing dispute.", "REJECT"),
        ("Senator Hale contradicted Governor Ames on the tax figures.", "REJECT"),
        ("Republicans in the Senate obstructed the bill on Tuesday.", "REJECT"),
        ("The militia intimidated voters in the northern provinces.", "THREATEN"),
        ("Backbench members rebelled against Prime Minister Hale over the budget.", "PROTEST"),
        ("Students disrupted the minister's speech at the university.", "PROTEST"),
        ("Ghana shunned the Togolese delegation at the summit.", "REJECT"),
        ("Police harassed opposition activists in the capital.", "COERCE"),
        ("The junta purged the army of officers loyal to the old regime.", "COERCE"),
        ("Militiamen firebombed the offices of the opposition newspaper.", "ASSAULT"),
        ("Detectives searched the home of the suspect in Leeds.", "ACCUSE"),
        ("The agency will reexamine the evidence in the Hale case.", "ACCUSE"),
        ("Peru and Chile swapped prisoners on Tuesday.", "COOPERATE"),
        ("The Supreme Court annulled the election results in Lima.", "REJECT"),
        ("The junta muzzled the press after the coup.", "COERCE"),
        ("Militiamen hacked six villagers to death with machetes.", "ASSAULT"),
        ("Protesters pelted the police with rocks in Lima.", "ASSAULT"),
        ("Government troops routed the rebels near the border.", "ASSAULT"),
        ("Rebel forces laid siege to the capital in May.", "COERCE"),
        ("Youths hurled stones at the soldiers in Lima.", "ASSAULT"),
        ("Chile sheltered thousands of refugees from Peru.", "AID"),
    ],
)
def test_political_verb_is_coded(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The committee embraced the new approach to school funding.",
        "She begged for a glass of water.",
        "The storm obstructed the road near Lima.",
        "He sealed the envelope with tape.",
        "The team caved in the second half.",
        "Rescuers searched the area for survivors.",
        "He intervened in the conversation.",
        "The talks stalled on Tuesday.",
        "Donors gave generously in April to the museum.",
    ],
)
def test_everyday_sense_is_no_act(text: str) -> None:
    assert event_types(text) == []
