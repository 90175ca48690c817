"""Targets of a one-country conflict's "both sides", and of a subjunctive demand's subject."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

CIVIL_WAR = (
    "YANGON, May 4 (Reuters) - Myanmar's government and the Karen National Union (KNU) rebels "
    "held talks on Monday after weeks of clashes.\n\n"
    "The KNU accused the Myanmar army of burning its villages. The Myanmar government denied "
    "the charge.\n\n"
    "Thailand, which has offered to host the talks, urged both sides to respect the truce."
)
STATES = (
    "HANOI, June 2 (AFP) - Vietnam accused China on Monday of ramming a fishing boat.\n\n"
    "China denied the charge and said Vietnamese boats had rammed its ships.\n\n"
    "Indonesia urged both sides to settle the dispute."
)


def test_both_sides_of_a_civil_war_are_the_state_and_the_rebels() -> None:
    (r,) = run_texts(CIVIL_WAR, date="2014-05-04")
    urged = event_at(r, "urged")
    assert {p.country for p in urged.actors} == {"THA"}
    assert {p.country for p in urged.recipients} == {"MMR"}
    assert len(urged.recipients) == 2


def test_both_sides_of_two_states_stay_the_two_states() -> None:
    (r,) = run_texts(STATES, date="2014-06-02")
    assert {p.country for p in event_at(r, "urged").recipients} == {"VNM", "CHN"}


def test_the_subject_of_a_subjunctive_demand_is_its_target() -> None:
    text = "LANSING (AP) - Republicans in the state senate demanded that Whitmer resign."
    (r,) = run_texts(text, date="2016-02-04")
    demanded = event_at(r, "demanded")
    assert demanded.type == "REQUEST"
    assert [p.name for p in demanded.recipients] == ["Whitmer"]


MEDIATED = (
    "QUITO, March 3 (AFP) - Ecuador's government and the rebels of the Popular Front met in "
    "Guayaquil on Monday.\n\nThe Ecuadorean army said Popular Front rebels had bombed an oil "
    "pipeline. Ecuador's defence minister accused the Popular Front of breaking the truce.\n\n"
    "Peru, which hosts the talks, urged both sides to keep talking. Peruvian diplomats said "
    "the next round would open in April.\n\n"
    "Church leaders in Cuenca appealed to both sides to free their hostages."
)


def test_a_mediator_named_twice_is_no_side_of_a_civil_war() -> None:
    (r,) = run_texts(MEDIATED, date="2014-03-03")
    appeal = event_at(r, "appealed")
    assert {p.country for p in appeal.recipients} == {"ECU"}


DENIED = (
    "KAMPALA, July 8 (Reuters) - Uganda's army and the Lord's Resistance Army (LRA) rebels "
    "fought near Gulu on Monday.\n\nLRA commander Okot Odhiambo said government troops had "
    "burned a rebel camp. The Ugandan rebels accused the army of killing civilians.\n\n"
    "The Defence Ministry denied that any raid had taken place."
)


def test_the_states_bare_denial_answers_the_rebels_of_its_civil_war() -> None:
    (r,) = run_texts(DENIED, date="2005-07-08")
    denied = event_at(r, "denied")
    assert [p.sector for p in denied.recipients] == ["REB"]
    assert {p.country for p in denied.recipients} == {"UGA"}


ADDRESSED = (
    "KHARTOUM, Oct 2 (AFP) - Sudan's government and SPLA rebels traded accusations on Tuesday "
    "over a raid in the south.\n\nThe SPLA accused the Sudanese army of burning villages in "
    "Bor.\n\nThe Interior Ministry denied that soldiers had shot at farmers.\n\n"
    "Kenya, which has offered to help, urged both sides to return to talks. Kenyan diplomats "
    "said Nairobi was ready to host a meeting.\n\n"
    "Church leaders in Omdurman appealed to both sides to free their prisoners."
)


def test_a_state_that_urged_both_sides_is_no_side_of_them() -> None:
    (r,) = run_texts(ADDRESSED, date="2003-10-02")
    appeal = event_at(r, "appealed")
    assert {p.country for p in appeal.recipients} == {"SDN"}
