"""Whom an act is aimed at when the parties trade it with each other (each at the other), or
answer a proposal."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _countries(participants: list) -> set[str]:
    return {p.country for p in participants if p.country}


def test_parties_trading_accusations_are_each_others_targets_and_the_topic_no_side() -> None:
    (r,) = run_texts("Peru and Ecuador traded insults over Cyprus.")
    insults = event_at(r, "insults")
    assert _countries(insults.actors) == {"PER", "ECU"}
    assert _countries(insults.recipients) == {"PER", "ECU"}


def test_one_party_trading_insults_with_another_aims_at_it() -> None:
    (r,) = run_texts("Chile traded insults with Bolivia over the border.")
    assert _countries(event_at(r, "insults").recipients) == {"BOL"}


def test_a_rejected_proposal_aims_at_its_owner_not_at_the_parties_it_proposes_talks_with() -> None:
    (r,) = run_texts("Spain rejected a Swiss proposal for negotiations with Morocco.")
    assert _countries(event_at(r, "rejected").recipients) == {"CHE"}


def test_a_proposal_naming_no_owner_still_names_its_parties() -> None:
    (r,) = run_texts("Spain rejected talks with Morocco.")
    assert _countries(event_at(r, "rejected").recipients) == {"MAR"}
