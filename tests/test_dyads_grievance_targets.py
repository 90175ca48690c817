"""A complaint or protest is aimed at whom it blames (its "about/over" phrase), not its listener."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_complaint_told_to_a_body_is_aimed_at_the_one_it_is_about() -> None:
    (r,) = run_texts("Chile complained to the United Nations about Peru's fishing fleet.")
    assert countries_of(event_at(r, "complained").recipients) == {"PER"}


def test_a_complaint_about_a_country_is_aimed_at_it() -> None:
    (r,) = run_texts("Chile complained about Peru on Monday.")
    assert countries_of(event_at(r, "complained").recipients) == {"PER"}


def test_a_complaint_about_an_act_is_aimed_at_its_doer() -> None:
    (r,) = run_texts("Chile's foreign ministry complained about remarks by Argentina's president.")
    assert countries_of(event_at(r, "complained").recipients) == {"ARG"}


def test_a_complaint_about_a_wrong_suffered_is_aimed_at_its_doer() -> None:
    (r,) = run_texts("Senator Jones complained about being mistreated by the Fox News moderators.")
    assert countries_of(event_at(r, "complained").recipients) == {"USA"}


def test_a_protest_over_an_act_with_no_doer_told_stays_aimed_at_its_listener() -> None:
    (r,) = run_texts("Chile protested to Argentina over the arrest of two Chilean fishermen.")
    assert countries_of(event_at(r, "protested").recipients) == {"ARG"}


def test_a_criticism_of_a_named_party_over_a_deal_stays_aimed_at_that_party() -> None:
    (r,) = run_texts("Senator Mary Holt criticized President Barack Obama over the Iran deal.")
    assert countries_of(event_at(r, "criticized").recipients) == {"USA"}


def test_a_pronoun_object_keeps_the_topic_modifier_country_out_of_the_target() -> None:
    (r,) = run_texts("Two Republican senators slammed him on Friday over the Libya attack.")
    assert "LBY" not in countries_of(event_at(r, "slammed").recipients)
