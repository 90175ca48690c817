"""A request is aimed at whom the act it asks "for" names, as "demanded X" has it."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_call_for_a_resignation_is_aimed_at_the_one_asked_to_resign() -> None:
    (r,) = run_texts("Canada called for the resignation of Venezuela's president.")
    assert countries_of(event_at(r, "called for").recipients) == {"VEN"}


def test_a_call_for_a_ceasefire_is_aimed_at_both_warring_sides() -> None:
    (r,) = run_texts("Norway called for a ceasefire between Armenia and Azerbaijan.")
    assert countries_of(event_at(r, "called for").recipients) == {"ARM", "AZE"}


def test_a_call_for_an_end_to_an_occupation_is_aimed_at_the_occupier() -> None:
    (r,) = run_texts("Canada called for an end to Russia's occupation of Crimea.")
    assert countries_of(event_at(r, "called for").recipients) == {"RUS"}


def test_a_party_described_by_its_call_is_no_target_of_a_request_to_it() -> None:
    (r,) = run_texts(
        "Vice President Smith said, urging those calling for Jones' withdrawal to give him time."
    )
    assert not event_at(r, "urging").recipients


def test_a_call_on_a_person_in_the_perfect_is_aimed_at_the_person() -> None:
    (r,) = run_texts(
        "Bernie Sanders spoke on Monday. Hillary Clinton has called on Sanders to join her."
    )
    assert [p.name for p in event_at(r, "called on").recipients] == ["Bernie Sanders"]


def test_a_call_on_leaders_after_had_is_aimed_at_the_leaders() -> None:
    (r,) = run_texts("President Obama said he had called on Republican leaders to add penalties.")
    assert [p.name for p in event_at(r, "called on").recipients] == ["Republican leaders"]
