"""Coordinated verbs sharing one object ("met with and thanked X"): the first verb's stranded
preposition takes the object the second verb holds."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_stranded_preposition_shares_the_next_verbs_prepositional_object() -> None:
    (r,) = run_texts(
        "The Chilean envoy met with and prayed beside President Evo Morales of Bolivia."
    )
    assert countries_of(event_at(r, "met").recipients) == {"BOL"}


def test_a_stranded_preposition_shares_the_next_verbs_direct_object() -> None:
    (r,) = run_texts("The Chilean envoy met with and thanked President Evo Morales of Bolivia.")
    assert countries_of(event_at(r, "met").recipients) == {"BOL"}


def test_a_preposition_with_its_own_object_keeps_it() -> None:
    (r,) = run_texts("The Chilean envoy met with Peruvian officials and thanked Evo Morales.")
    assert countries_of(event_at(r, "met").recipients) == {"PER"}
