"""Sides told outside the act's own words: coordinated passives, controlled acts, pronouns."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING
from tests.conftest import countries_of, event_at, run_texts


def test_coordinated_passive_participles_share_their_doer() -> None:
    reduced, finite = run_texts(
        "Villagers found the body of a French aid worker abducted and later killed by "
        "Taliban insurgents last year.",
        "Two journalists were arrested and charged by Egyptian police on Monday.",
    )
    assert countries_of(event_at(reduced, "abducted").actors) == {"AFG"}
    assert countries_of(event_at(finite, "arrested").actors) == {"EGY"}


def test_a_conjunct_mistagged_as_past_tense_still_lends_its_by_phrase() -> None:
    (r,) = run_texts(
        "The Israeli envoy was booed and shouted down by Egyptian students at a conference."
    )
    assert countries_of(event_at(r, "booed").actors) == {"EGY"}


def test_the_one_a_passive_is_done_to_does_the_act_it_controls() -> None:
    (r,) = run_texts(
        "The opposition leader was arrested by Zimbabwean police for attacking a British "
        "journalist in Harare."
    )
    assert [p.name for p in event_at(r, "attacking").actors] == ["The opposition leader"]


def test_a_pronoun_stands_only_for_an_actor_that_agrees_with_it() -> None:
    person_they, person_it, group_it, state_it = run_texts(
        "Senator Ted Cruz spoke in Iowa on Monday. They accused Iran of lying.",
        "President Obama said it was ready to impose sanctions on Iran.",
        "Rebel fighters said it attacked the town of Goma.",
        "Britain said it would impose sanctions on Iran.",
    )
    assert event_at(person_they, "accused").actors == [], "they: not one senator"
    assert all(not e.actors for e in person_it.events), "it: no person"
    assert event_at(group_it, "attacked").actors == [], "it: not the fighters"
    assert countries_of(event_at(state_it, "sanctions").actors) == {"GBR"}


def test_a_pronoun_after_a_preposition_is_not_its_clause_subject() -> None:
    (r,) = run_texts(
        "Justice Ruth Bader Ginsburg criticized Donald Trump on Monday. "
        "Trump lashed out at her on Twitter and called on her to resign."
    )
    assert [p.name for p in event_at(r, "lashed out").recipients] == ["Ruth Bader Ginsburg"]
    assert [p.name for p in event_at(r, "called on").recipients] == ["Ruth Bader Ginsburg"]


def test_he_in_a_quotation_is_the_person_told_of_before_not_the_speaker() -> None:
    (r,) = run_texts(
        "Sean Hannity praised Senator Marco Rubio on Tuesday.\n\n"
        '"He apologized numerous times on this show," Hannity said.'
    )
    assert [p.name for p in event_at(r, "apologized").actors] == ["Marco Rubio"]


def test_an_infinitive_with_an_object_for_subject_leaves_the_pronoun_free(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")  # "rarely asks": a habit, kept only with --all
    (r,) = run_texts(
        "Senator John McCain spoke in Texas with Ted Cruz on Monday. "
        "McCain said he rarely asks surrogates to stump for him."
    )
    assert "Ted Cruz" not in [p.name for p in event_at(r, "asks").recipients]


def test_an_object_pronoun_of_a_subjectless_participle_is_not_the_borrowed_subject() -> None:
    (r,) = run_texts(
        "Governor Tom Walsh also attacked Senator Paul Reed, with whom he had clashed at the "
        'forum, calling him a "coward."'
    )
    assert [p.name for p in event_at(r, "calling").recipients] == ["Paul Reed"]
