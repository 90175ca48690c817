"""Who takes part: a fronted "In <place>," is the scene, not the target; denying that an act
happened is the denier's REJECT; a speech act joined to a said clause is the sayer's."""

from __future__ import annotations

import pytest

from tests.conftest import countries_of, event_at, run_texts


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In Lisbon, the Portuguese foreign ministry condemned the verdict.",
            "condemned",
            "Lisbon",
        ),
        ("In Accra, police detained twelve students.", "detained", "Accra"),
    ],
)
def test_a_fronted_place_is_the_scene_not_the_target(text: str, trigger: str, place: str) -> None:
    (result,) = run_texts(text)
    assert place not in {p.name for p in event_at(result, trigger).recipients}


def test_an_act_placed_after_its_verb_still_falls_on_that_country() -> None:
    (result,) = run_texts("The Serbian government imposed a curfew in Belgrade.")
    assert countries_of(event_at(result, "curfew").recipients) == {"SRB"}


def test_denying_that_an_act_happened_is_the_deniers_rejection() -> None:
    (result,) = run_texts("The Nigerian army denied that its soldiers had burned the villages.")
    assert [(e.type, e.modality) for e in result.events] == [("REJECT", "occurred")]
    assert countries_of(event_at(result, "denied").actors) == {"NGA"}


def test_a_denial_of_an_act_answers_the_accuser_not_the_doers() -> None:
    (_, result) = run_texts(
        "Peru's army denied that soldiers had fired on the miners.",
        "Chad accused Sudan of shelling its border towns. Sudan denied that its troops fired.",
    )
    assert countries_of(event_at(result, "denied").recipients) == {"TCD"}


@pytest.mark.parametrize(
    ("text", "trigger", "sayer"),
    [
        (
            "Interior Minister Omar Haddad said police had detained 40 people and accused "
            "foreign agents of stirring the riots.",
            "accused",
            "Omar Haddad",
        ),
        (
            "President Vera Lind said the count was fair and called on Latvia to accept it.",
            "called on",
            "Vera Lind",
        ),
    ],
)
def test_a_speech_act_joined_to_a_said_clause_is_the_sayers(
    text: str, trigger: str, sayer: str
) -> None:
    (result,) = run_texts(text)
    assert [p.name for p in event_at(result, trigger).actors] == [sayer]


def test_another_act_joined_to_a_said_clause_stays_the_clauses() -> None:
    (result,) = run_texts(
        "The governor said rebels had attacked the town and kidnapped two nurses."
    )
    assert [p.name for p in event_at(result, "kidnapped").actors] == ["rebels"]


def test_a_plain_demand_joined_to_a_said_clause_stays_the_clauses() -> None:
    (result,) = run_texts("Officials said the rebels had seized the airport and demanded a ransom.")
    assert [p.name for p in event_at(result, "demanded").actors] == ["the rebels"]


def test_a_group_name_joined_by_e_is_not_cut_into_a_party() -> None:
    (result,) = run_texts(
        "NEW DELHI (Reuters) - Indian police arrested members of the Harkat-e-Ansar and "
        "Sipah-e-Sahaba groups."
    )
    names = {p.name for p in event_at(result, "arrested").recipients}
    assert not names & {"Harkat", "Sipah", "Ansar", "Sahaba"}, "no cut name takes India"
