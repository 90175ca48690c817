"""Blame or backing of a party's thing is aimed at its owner, not at the country the thing is
about ("his Mexico policy", "her opening to Cuba"); a thing no one owns keeps its words."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_blame_of_an_owned_policy_skips_its_topic_country() -> None:
    (r,) = run_texts("Senator Mary Pratt attacked Governor Luis Ortega's Brazil policy on Monday.")
    assert [p.name for p in event_at(r, "attacked").recipients] == ["Luis Ortega"]


def test_praise_of_an_owned_plan_skips_the_country_it_names() -> None:
    (r,) = run_texts("Senator Mary Pratt praised Governor Luis Ortega's plan for trade with Peru.")
    assert [p.name for p in event_at(r, "praised").recipients] == ["Luis Ortega"]


def test_blame_of_an_unowned_deal_keeps_its_country() -> None:
    (r,) = run_texts("Senator Mary Pratt condemned the Peru deal on Monday.")
    assert "PER" in [p.country for p in event_at(r, "condemned").recipients]


def test_criticism_noun_of_an_owned_policy_skips_its_topic_country() -> None:
    (r,) = run_texts(
        "Senator Mary Pratt renewed her criticism of Governor Luis Ortega's Chile policy."
    )
    assert [p.name for p in event_at(r, "criticism").recipients] == ["Luis Ortega"]
