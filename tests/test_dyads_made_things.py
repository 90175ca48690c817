"""Blame or praise of what a party made or backs (its remarks, plan, deal, attack) is aimed at
that party, when a "by" phrase or a relative clause of making or backing names it; a thing a
party only acted on ("the bill the House passed"), a thing with no party ("the bill's cost")
and the event's own doer ("he defended his record") are no target."""

from __future__ import annotations

from tests.conftest import run_texts, target_names


def test_remarks_made_by_a_leader_aim_the_blame_at_him() -> None:
    text = "Senator Mary Pratt condemned the remarks made by Governor Luis Ortega in Reno."
    assert target_names(text, "condemned") == ["Luis Ortega"]


def test_the_decision_a_leader_made_aims_the_praise_at_him() -> None:
    text = "Senator Mary Pratt praised the decision Governor Luis Ortega made on Monday."
    assert target_names(text, "praised") == ["Luis Ortega"]


def test_a_by_phrase_hung_on_the_verb_names_the_plan_s_maker() -> None:
    text = "Senator Mary Pratt criticized the plan by Governor Luis Ortega on Tuesday."
    assert target_names(text, "criticized") == ["Luis Ortega"]


def test_the_attack_a_country_launched_is_that_country_s() -> None:
    text = "Portugal condemned the attack Morocco launched on Monday."
    assert [p.country for p in run_texts(text)[0].events[0].recipients] == ["MAR"]


def test_a_thing_a_party_only_acted_on_is_no_target() -> None:
    text = "Senator Mary Pratt criticized the bill the House passed on Monday."
    assert target_names(text, "criticized") == []


def test_a_thing_with_no_party_is_no_target() -> None:
    text = "Senator Mary Pratt criticized the bill's cost on Monday."
    assert target_names(text, "criticized") == []


def test_the_doer_s_own_remarks_are_no_target() -> None:
    text = "Senator Mary Pratt defended the remarks she made in Reno on Monday."
    (r,) = run_texts(text)
    assert all(not e.recipients for e in r.events)


def test_an_infinitive_on_a_verdict_noun_is_no_one_s_rejection() -> None:
    text = "It is a mistake to rule out the aspiration by Portugal."
    (r,) = run_texts(text)
    assert all(not e.recipients for e in r.events)


def test_an_effort_a_leader_backs_aims_the_blame_at_him() -> None:
    text = "Senator Mary Pratt slammed an effort supported by Governor Luis Ortega on Monday."
    assert target_names(text, "slammed") == ["Luis Ortega"]


def test_the_plan_a_leader_touted_aims_the_blame_at_him() -> None:
    text = "Senator Mary Pratt criticized the plan that Governor Luis Ortega touted on Monday."
    assert target_names(text, "criticized") == ["Luis Ortega"]


def test_the_deal_a_leader_touted_aims_the_blame_at_him() -> None:
    """A deal is an act noun with no agents of its own told: whoever backs it is judged."""
    text = "Senator Mary Pratt criticized the trade deal that Governor Luis Ortega touted."
    assert target_names(text, "criticized") == ["Luis Ortega"]


def test_a_second_object_summing_up_the_act_names_no_backer() -> None:
    text = "Senator Mary Pratt dismissed the labels, a sentiment endorsed by Governor Luis Ortega."
    assert target_names(text, "dismissed") == []


def test_a_share_of_the_public_backing_a_plan_is_no_target() -> None:
    """A poll's count backing a plan tells the public's view, no champion of the plan."""
    text = "Senator Mary Pratt criticized the plan backed by 60 percent of Republicans."
    assert target_names(text, "criticized") == []
