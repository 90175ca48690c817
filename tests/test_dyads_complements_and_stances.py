"""Sides read from complements and stance predicates: an act noun's complement names the
target ("warned of a war against X"), a purpose clause lends its aim, a stance participle's
subject holds the stance, and a town a hostile act strikes tells whose ground is hit."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_stance_participle_after_be_has_its_subject_as_source() -> None:
    plain, reported = run_texts(
        "The Dutch government is opposed to Belgium's proposal.",
        "Chad said it was opposed to Libya's plan.",
    )
    event = event_at(plain, "opposed")
    assert (countries_of(event.actors), countries_of(event.recipients)) == ({"NLD"}, {"BEL"})
    event = event_at(reported, "opposed")
    assert (countries_of(event.actors), countries_of(event.recipients)) == ({"TCD"}, {"LBY"})


def test_an_act_noun_in_a_verbs_phrase_carries_the_target() -> None:
    (r,) = run_texts("Brazil warned of a possible war against Venezuela.")
    assert countries_of(event_at(r, "warned").recipients) == {"VEN"}


def test_a_protest_over_a_partys_act_is_aimed_at_that_party() -> None:
    (r,) = run_texts("Japan lodged a protest over China's naval exercises.")
    assert countries_of(event_at(r, "protest").recipients) == {"CHN"}


def test_a_purpose_clause_of_disapproval_gives_the_target() -> None:
    (r,) = run_texts("Finland recalled its ambassador to show disapproval of Russia's policies.")
    assert countries_of(event_at(r, "recalled").recipients) == {"RUS"}


def test_a_passive_in_a_clash_does_not_target_the_other_side() -> None:
    (r,) = run_texts("Protesters said dozens of people had been killed in clashes with police.")
    assert all(p.sector != "COP" for e in r.events for p in e.recipients)


def test_a_strike_on_a_foreign_town_targets_that_country() -> None:
    (r,) = run_texts("Iranian warplanes bombed positions near Basra.")
    assert countries_of(event_at(r, "bombed").recipients) == {"IRQ"}


def test_a_commitment_told_with_be_has_its_subject_as_source() -> None:
    (r,) = run_texts("Zambia is committed to supporting Malawi.")
    event = event_at(r, "committed")
    assert (countries_of(event.actors), countries_of(event.recipients)) == ({"ZMB"}, {"MWI"})


def test_a_measure_on_an_unnamed_activity_aims_at_its_partner() -> None:
    (r,) = run_texts("Ecuador's president announced the suspension of trade with Colombia.")
    assert countries_of(event_at(r, "suspension").recipients) == {"COL"}


def test_a_released_person_named_after_a_title_is_the_target() -> None:
    (r,) = run_texts("Egypt freed journalist Ahmed Samir after a month in detention.")
    assert [p.name for p in event_at(r, "freed").recipients] == ["Ahmed Samir"]


def test_a_complaint_filed_with_a_body_blames_the_owner_of_the_act() -> None:
    (r,) = run_texts(
        "Armenia lodged a complaint with the United Nations over Azerbaijan's blockade."
    )
    assert countries_of(event_at(r, "complaint").recipients) == {"AZE"}


def test_a_protest_at_an_act_of_no_known_country_is_aimed_at_its_addressee() -> None:
    (r,) = run_texts("Seoul lodged a protest with Tokyo over the minister's remarks on Dokdo.")
    assert countries_of(event_at(r, "protest").recipients) == {"JPN"}


def test_a_group_named_by_its_organisation_is_not_the_actors_own() -> None:
    (r,) = run_texts("Belgrade agreed to allow NATO troops into Kosovo.")
    assert "SRB" not in countries_of(event_at(r, "agreed").recipients)


def test_a_town_bombed_by_foreign_jets_is_not_the_attackers_own_people() -> None:
    (r,) = run_texts("Israeli jets bombed Rafah on Tuesday.")
    assert "ISR" not in countries_of(event_at(r, "bombed").recipients)
