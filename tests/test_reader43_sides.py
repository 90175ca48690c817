"""Sides and modality read from constructions an analyst reads at a glance: a plural after a
person's name with its own relative clause is other people, a passive joint act's "between"
parties are its doers, an ovation soaked up comes from the crowd, an act done at someone's
request is not aimed at the asker, and an act set aside with "rather than" was not done."""

from __future__ import annotations

from .conftest import event_at, run_texts


def test_a_plural_with_its_own_clause_after_a_name_is_other_people() -> None:
    text = (
        "Since Smith has more votes than Jones, governors who back him would be defying "
        "the voters, the aide said."
    )
    (result,) = run_texts(text)
    back = event_at(result, "back")
    assert "Jones" not in {a.name for a in back.actors}


def test_a_passive_joint_act_is_done_by_its_between_parties() -> None:
    (result,) = run_texts("The truce was negotiated between Egypt and Hamas last month.")
    negotiated = event_at(result, "negotiated")
    assert "Egypt" in {a.name for a in negotiated.actors}


def test_an_ovation_soaked_up_comes_from_the_crowd() -> None:
    (result,) = run_texts("The senator soaked up a long standing ovation from the crowd.")
    ovation = event_at(result, "ovation")
    assert [a.name for a in ovation.actors] == ["the crowd"]
    assert [r.name for r in ovation.recipients] == ["The senator"]


def test_an_act_at_someones_request_is_not_aimed_at_the_asker() -> None:
    (result,) = run_texts("Israel released the prisoners at Egypt's request.")
    released = event_at(result, "released")
    assert "Egypt" not in {r.name for r in released.recipients}


def test_an_act_set_aside_with_rather_than_was_not_done() -> None:
    (result,) = run_texts("Rather than meet the rebels, the king fled the capital.")
    assert event_at(result, "meet").modality == "negated"


def test_an_act_beside_instead_of_still_happened() -> None:
    (result,) = run_texts("Smith praised the ministers instead of blaming them.")
    assert event_at(result, "praised").modality == "occurred"


def test_a_word_inside_a_hyphenated_modifier_is_no_act() -> None:
    (result,) = run_texts("Voters liked the famously shoot-from-the-lip governor.")
    assert not [e for e in result.events if e.trigger.text == "shoot"]


def test_a_prefixed_practice_is_no_act() -> None:
    (result,) = run_texts("The senator campaigned on self-deportation last year.")
    assert not [e for e in result.events if e.trigger.text == "deportation"]


def test_a_two_word_hyphenated_act_stays_an_act() -> None:
    (result,) = run_texts("The army launched a counter-attack on the rebels.")
    assert event_at(result, "attack").type == "ASSAULT"


def test_an_act_beside_a_governed_rather_than_still_happened() -> None:
    text = (
        "The newspaper chided the governor on Monday for continuing his vacation in Maine "
        "instead of making a visit to the flooded town."
    )
    (result,) = run_texts(text)
    assert event_at(result, "chided").modality == "occurred"


def test_a_one_sided_passive_act_between_two_parties_is_done_by_neither() -> None:
    (result,) = run_texts("Rockets were fired between Israel and Gaza on Monday.")
    assert result.events
    assert all(not e.actors for e in result.events)
