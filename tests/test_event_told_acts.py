"""An act told by a tensed clause with its own subject inside another act ("allegations that X
hacked Y", "a report saying X invited Y") is coded as its own event, claimed, beside the act that
tells it; objects of condemnation and gerunds after an accusation stay folded."""

from __future__ import annotations

from .conftest import run_texts, typed_modalities, typed_triggers


def test_an_act_alleged_in_a_that_clause_is_coded_as_a_claim() -> None:
    text = "Officials denied allegations that Russian agents hacked the Democratic committee."
    assert ("COERCE", "claimed") in typed_modalities(text)
    assert ("REJECT", "denied") in typed_triggers(text)


def test_an_act_a_report_says_was_done_is_coded_as_a_claim() -> None:
    text = "The governor is disputing a report saying the mayor's campaign invited a rapper."
    assert ("AGREE", "claimed") in typed_modalities(text)


def test_a_condemned_act_named_as_an_object_is_not_coded_again() -> None:
    types = [t for t, _ in typed_triggers("The ministry condemned the bombing of the embassy.")]
    assert types == ["ACCUSE"]


def test_a_gerund_after_an_accusation_is_only_the_accusation() -> None:
    types = [t for t, _ in typed_triggers("The opposition accused the mayor of lying to voters.")]
    assert types == ["ACCUSE"]


def test_a_pronoun_in_an_owned_claim_stands_for_the_claimant() -> None:
    (result,) = run_texts("Analysts doubted Iran's claim that it had secretly tested a missile.")
    tested = [e for e in result.events if e.type == "MOBILIZE"]
    assert [[a.country for a in e.actors] for e in tested] == [["IRN"]]
