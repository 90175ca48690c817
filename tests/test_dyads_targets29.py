"""Targets round 29: whom a measure's own clause names, and the ones a request only benefits."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_an_embargo_is_aimed_at_whom_its_relative_clause_acts_on() -> None:
    (r,) = run_texts("The Soviet trade embargo which has isolated Lithuania for months remains.")
    assert countries_of(event_at(r, "embargo").recipients) == {"LTU"}


def test_sanctions_are_aimed_at_whom_their_participle_names() -> None:
    (r,) = run_texts("The European Union imposed sanctions targeting Iran's oil exports on Monday.")
    assert countries_of(event_at(r, "sanctions").recipients) == {"IRN"}


def test_a_relative_clause_with_its_own_subject_names_no_aim() -> None:
    (r,) = run_texts("The Soviet embargo that Poland opposed remained in force.")
    assert "POL" not in countries_of(event_at(r, "embargo").recipients)


def test_a_time_phrase_in_a_measure_clause_is_no_target() -> None:
    (r,) = run_texts("The Soviet embargo which has lasted for months remains in force.")
    assert not event_at(r, "embargo").recipients


def test_the_one_a_pardon_is_sought_for_is_no_target_of_the_request() -> None:
    (r,) = run_texts("Senator Ted Cruz sought a pardon for Scooter Libby on Monday.")
    assert not event_at(r, "sought").recipients


def test_an_object_phrase_of_a_request_still_names_its_aim() -> None:
    (r,) = run_texts("Kenya demanded the extradition of Osama bin Laden from Afghanistan.")
    assert countries_of(event_at(r, "demanded").recipients) & {"SAU", "AFG"}


def test_support_for_someone_is_still_aimed_at_them() -> None:
    (r,) = run_texts("Russian President Vladimir Putin voiced support for Bashar al-Assad.")
    assert countries_of(event_at(r, "support").recipients) == {"SYR"}
