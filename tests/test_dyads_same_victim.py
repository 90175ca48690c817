"""A harm told without its doer, done to a person the article tells harmed by a named doer,
takes that doer: the same captivity told again ("he was abducted", "he had been killed")."""

from __future__ import annotations

from tests.conftest import event_at, run_texts
from tests.test_dyads import _countries


def test_an_agentless_harm_to_a_named_victim_takes_the_doer_told_elsewhere() -> None:
    (r,) = run_texts(
        "Peter Jensen had been working for a charity when he was abducted with his driver.\n\n"
        "Officials said on Monday that Jensen had been killed by Shabab militants in Somalia."
    )
    assert _countries(event_at(r, "abducted").actors) == {"SOM"}


def test_a_harm_to_a_victim_never_told_harmed_by_anyone_keeps_no_doer() -> None:
    (r,) = run_texts(
        "Peter Jensen had been working for a charity when he was abducted with his driver.\n\n"
        "Officials said on Monday that Shabab militants had killed two soldiers in Somalia."
    )
    assert _countries(event_at(r, "abducted").actors) == set()


def test_blame_told_without_its_doer_takes_no_doer_from_other_blame() -> None:
    (r,) = run_texts(
        "Senator Ann Moore criticized Governor Paul Hart on Monday.\n\n"
        "Some accused Hart of lying to voters."
    )
    assert event_at(r, "accused").actors == []
