"""Judging a measure or a policy a party adopted, pursued or took is aimed at that party, by
a verb or by a noun of blame or backing ("criticism of the policies pursued by X"); a demand
noun's own "that" clause ("the demand that X release ...") names the party asked to act."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _sides(text: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    (r,) = run_texts(text)
    event = event_at(r, trigger)
    return [p.country for p in event.actors], [p.country for p in event.recipients]


def test_blaming_measures_a_government_adopted_blames_that_government() -> None:
    text = "The Dutch foreign minister condemned the measures adopted by the Peruvian government."
    assert _sides(text, "condemned") == (["NLD"], ["PER"])


def test_a_noun_of_blame_on_policies_a_government_pursued_aims_at_it() -> None:
    text = "The Dutch foreign minister voiced criticism of the policies pursued by Peru."
    assert _sides(text, "criticism") == (["NLD"], ["PER"])


def test_a_demand_that_a_party_act_asks_that_party() -> None:
    text = "The Dutch foreign minister made the demand that Peru release the Chilean sailors."
    assert _sides(text, "demand") == (["NLD"], ["PER"])


def test_a_relative_clause_on_a_proposal_names_no_one_asked() -> None:
    text = "The Dutch foreign minister backed the proposal that would cut tariffs."
    (r,) = run_texts(text)
    assert all(not e.recipients for e in r.events)


def test_criticism_a_leader_takes_is_not_his_own() -> None:
    text = "The Dutch prime minister said the criticism he takes is unfair."
    (r,) = run_texts(text)
    assert all(not e.actors for e in r.events if e.trigger.text == "criticism")
