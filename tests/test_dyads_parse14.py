"""Sides read from the parse on sentences of kinds the dyad rounds had not tuned on."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_the_doer_of_an_act_made_by_someone_is_whom_a_denial_answers() -> None:
    made, condemned = run_texts(
        "Iran rejected accusations levelled by the United States on Monday.",
        "The attack condemned by Britain killed five soldiers in Kabul.",
    )
    assert countries_of(event_at(made, "rejected").recipients) == {"USA"}
    attack = [e for e in condemned.events if e.trigger.text == "attack"]
    assert all("GBR" not in countries_of(e.actors) for e in attack), "condemning is not doing"


def test_them_after_a_coordinated_verb_is_that_verbs_object_not_the_doer() -> None:
    (r,) = run_texts(
        "The French minister phoned German lawmakers on Monday and urged them to back the bill."
    )
    urged = event_at(r, "urged")
    assert countries_of(urged.actors) == {"FRA"}
    assert countries_of(urged.recipients) == {"DEU"}, "them: the lawmakers phoned"


def test_a_definite_attack_told_before_keeps_its_told_target_over_the_doers_own_people() -> None:
    (r,) = run_texts(
        "Bombs at the U.S. embassy in Nairobi killed 12 Americans on Friday. "
        "Officials allege the attacks were plotted by Saudi militants."
    )
    attacks = event_at(r, "attacks")
    assert countries_of(attacks.actors) == {"SAU"}
    assert countries_of(attacks.recipients) == {"USA"}, "not the people of Saudi Arabia"


def test_a_march_is_aimed_at_what_its_purpose_protests() -> None:
    denounced, protested = run_texts(
        "Thousands of Kenyans marched in Nairobi to denounce the Ugandan government.",
        "Hundreds of Lebanese marched in Beirut, burning flags to protest the killing of "
        "Lebanese fishermen by Syrian troops.",
    )
    assert countries_of(event_at(denounced, "marched").recipients) == {"UGA"}, "not Kenya's own"
    assert countries_of(event_at(protested, "marched").recipients) == {"SYR"}, "the killers"


def test_them_for_an_unnamed_group_takes_the_country_the_group_was_given() -> None:
    (r,) = run_texts(
        "Turkish police barred the crowd from reaching the consulate, but allowed them to "
        "demonstrate on nearby streets."
    )
    assert countries_of(event_at(r, "allowed").recipients) == {"TUR"}, "the crowd, as when barred"
