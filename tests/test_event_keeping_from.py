"""Keeping someone from an act ("blocked the adviser from testifying") is an act only when a
party does it: told as an aim that a noun or an adjective holds ("efforts to prevent", "in
order to stop") it is no one's act."""

from __future__ import annotations

from .conftest import run_texts


def _types(text: str) -> list[str]:
    return [e.type for e in run_texts(text)[0].events]


def test_a_party_keeping_someone_from_an_act_is_coded() -> None:
    assert _types("Trump prevented his first wife, Ivana, from writing about their business.") == [
        "REJECT"
    ]


def test_a_party_trying_to_keep_someone_from_an_act_is_coded() -> None:
    text = "A dozen governors joined Jindal in trying to keep Syrian refugees from their states."
    assert "REJECT" in _types(text)


def test_efforts_to_prevent_are_an_aim_not_an_act() -> None:
    text = "We need to redouble our efforts to prevent ISIS agents from penetrating our nation."
    assert "REJECT" not in _types(text) and "COERCE" not in _types(text)


def test_a_proposal_to_bar_is_the_planned_measure() -> None:
    text = (
        "Some Republican voters have been attracted to Mr. Trump's plan to bar Muslims from"
        " entering the country."
    )
    assert _types(text) == ["SANCTION"]


def test_enough_to_prevent_is_no_act() -> None:
    text = "She has an outer shell tough enough to prevent him from provoking her."
    assert _types(text) == []


def test_in_order_to_stop_is_no_act() -> None:
    text = "They moved the talks in order to stop reporters from attending them."
    assert "REJECT" not in _types(text) and "COERCE" not in _types(text)


def test_a_decision_or_an_order_to_keep_someone_out_is_the_act() -> None:
    """A noun of decision or command over the keeping tells it done, not only aimed at."""
    decided = "The White House's decision to block the aide from testifying angered Democrats."
    ordered = "Obama's order to bar Russian diplomats from entering the compound angered Moscow."
    assert "REJECT" in _types(decided)
    assert "SANCTION" in _types(ordered)


def test_quick_to_block_is_the_act() -> None:
    assert "REJECT" in _types("The White House was quick to block the aide from testifying.")


def test_a_means_to_stop_is_no_act() -> None:
    text = "The best alternative to Donald Trump to stop him from winning is Ted Cruz, Graham said."
    assert "REJECT" not in _types(text) and "COERCE" not in _types(text)
