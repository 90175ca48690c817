"""Who did what to whom: event sources and targets, and the countries they carry."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_named_victim_of_a_passive_act_is_its_target() -> None:
    named, counted = run_texts(
        "Two British aid workers were kidnapped near the border on Monday.",
        "NAIROBI, Kenya (AP) _ At least 40 people were killed on Monday.",
    )
    assert countries_of(event_at(named, "kidnapped").recipients) == {"GBR"}
    assert event_at(counted, "killed").recipients == [], "people counted, not named: no target"


def test_he_is_the_last_subject_and_him_is_someone_else() -> None:
    (r,) = run_texts(
        "President Emmanuel Macron met Chancellor Olaf Scholz on Monday. "
        "He later criticized him sharply."
    )
    criticized = event_at(r, "criticized")
    assert [p.name for p in criticized.actors] == ["Emmanuel Macron"]
    assert [p.name for p in criticized.recipients] == ["Olaf Scholz"]


def test_a_pronoun_in_a_relative_clause_is_not_the_noun_the_clause_is_on() -> None:
    accused, thanked = run_texts(
        "The senator debated Dan Whitlock, whom he accused of lying about the budget.",
        "President Emmanuel Macron received Olaf Scholz, whom he thanked for his support.",
    )
    assert [p.name for p in event_at(accused, "accused").recipients] == ["Dan Whitlock"]
    assert [p.name for p in event_at(thanked, "thanked").actors] == ["Emmanuel Macron"]
    assert [p.name for p in event_at(thanked, "thanked").recipients] == ["Olaf Scholz"]


def test_it_and_the_ministry_refer_back_to_the_organisation_named_before() -> None:
    (r,) = run_texts(
        "The Russian Foreign Ministry summoned the British ambassador on Monday. "
        "It accused London of interference. The ministry also rejected the proposal."
    )
    assert [p.name for p in event_at(r, "accused").actors] == ["Russian Foreign Ministry"]
    assert [p.name for p in event_at(r, "rejected").actors] == ["Russian Foreign Ministry"]


def test_the_group_is_the_organisation_named_last() -> None:
    (r,) = run_texts("Hamas fighters fired rockets. The group also threatened to attack Ashdod.")
    assert [p.name for p in event_at(r, "threatened").actors] == ["Hamas"]


def test_a_group_owned_by_an_organisation_is_its_owners_never_the_datelines() -> None:
    (r,) = run_texts(
        "MOSCOW (AP) _ Hamas fighters attacked an Israeli patrol. NATO troops shelled a village."
    )
    assert countries_of(event_at(r, "attacked").actors) == {"PSE"}
    assert countries_of(event_at(r, "shelled").actors) == set(), "an IGO's troops are no Russian's"


def test_a_participle_names_its_victim_and_its_doer() -> None:
    (r,) = run_texts("A British engineer kidnapped by Somali pirates was freed on Monday.")
    kidnapped = event_at(r, "kidnapped")
    assert countries_of(kidnapped.actors) == {"SOM"}
    assert countries_of(kidnapped.recipients) == {"GBR"}


def test_unnamed_rebels_acted_on_by_one_state_are_domestic_but_a_named_person_is_not() -> None:
    rebels, person = run_texts(
        "The Sudanese government accused rebels of violating the ceasefire.",
        "Moroccan diplomats met Jean Dupont on Monday.",
    )
    assert countries_of(event_at(rebels, "accused").recipients) == {"SDN"}
    assert countries_of(event_at(person, "met").recipients) == set()


def test_rebels_a_state_aids_are_not_its_own_but_rebels_it_shells_are() -> None:
    aided, shelled = run_texts(
        "President Obama sent 50 special operators to Syria to assist rebels fighting the "
        "Islamic State.",
        "The Syrian army shelled rebels near Aleppo on Monday.",
    )
    assert countries_of(event_at(aided, "assist").recipients) == set()
    assert countries_of(event_at(shelled, "shelled").recipients) == {"SYR"}


def test_a_definite_event_noun_takes_the_sides_of_the_act_it_refers_to() -> None:
    (r,) = run_texts(
        "Gunmen attacked the British embassy in Nairobi on Friday. "
        "The attack lasted ten minutes. An attack in Lagos followed."
    )
    the_attack, an_attack = [e for e in r.events if e.trigger.text == "attack"]
    assert countries_of(the_attack.recipients) == {"GBR"}
    assert "GBR" not in countries_of(an_attack.recipients), "an indefinite noun tells a new act"


def test_an_accusation_targets_the_doer_its_clause_names() -> None:
    (r,) = run_texts("American officials allege the attacks were plotted by Iranian agents.")
    assert countries_of(event_at(r, "allege").recipients) == {"IRN"}


def test_a_relative_clause_speaks_of_every_noun_coordinated_before_it() -> None:
    (r,) = run_texts("Kenya expelled three Iraqis and a Libyan who were questioned by the FBI.")
    assert countries_of(event_at(r, "questioned").recipients) == {"IRQ", "LBY"}


def test_victims_counted_have_no_country_and_those_whose_nationality_is_told_do() -> None:
    (r,) = run_texts("NAIROBI, Kenya (AP) _ A bomb killed 40 people, including 12 Americans.")
    assert countries_of(event_at(r, "killed").recipients) == {"USA"}


def test_the_of_object_of_an_act_done_to_someone_is_its_victim() -> None:
    (r,) = run_texts("The arrest of two Kenyan journalists by Ugandan police sparked protests.")
    arrest = event_at(r, "arrest")
    assert (countries_of(arrest.actors), countries_of(arrest.recipients)) == ({"UGA"}, {"KEN"})


def test_an_act_told_as_the_subject_of_what_it_did_keeps_its_target() -> None:
    (r,) = run_texts("A suicide attack on the Israeli embassy in Buenos Aires killed 29 people.")
    assert countries_of(event_at(r, "killed").recipients) == {"ISR"}


def test_whoever_receives_an_act_is_its_target_and_the_from_object_its_doer() -> None:
    (r,) = run_texts(
        "Iraq faced new sanctions from Japan. Ukraine received military aid from Poland."
    )
    sanctions, aid = event_at(r, "sanctions"), event_at(r, "aid")
    assert (countries_of(sanctions.actors), countries_of(sanctions.recipients)) == (
        {"JPN"},
        {"IRQ"},
    )
    assert (countries_of(aid.actors), countries_of(aid.recipients)) == ({"POL"}, {"UKR"})


def test_troops_deployed_act_for_their_own_side() -> None:
    (r,) = run_texts("Russian troops were deployed to Belarus on Monday.")
    deployed = event_at(r, "deployed")
    assert (countries_of(deployed.actors), countries_of(deployed.recipients)) == ({"RUS"}, {"BLR"})


def test_an_act_noun_is_never_its_own_doer_and_its_from_object_is() -> None:
    (r,) = run_texts(
        "The bombing of the Israeli embassy was blamed on Iran. "
        "Kyiv dismissed the threats from Russia."
    )
    bombing, dismissed = event_at(r, "bombing"), event_at(r, "dismissed")
    assert (countries_of(bombing.actors), countries_of(bombing.recipients)) == (set(), {"ISR"})
    assert countries_of(dismissed.recipients) == {"RUS"}, "rejecting an act targets its doer"


def test_criticism_of_someone_is_aimed_at_them() -> None:
    (result,) = run_texts(
        "WASHINGTON (AP) — Fresh criticism of Hillary Clinton came from Republican senators "
        "on Tuesday."
    )
    (event,) = [e for e in result.events if e.trigger.text == "criticism"]
    assert [p.name for p in event.recipients] == ["Hillary Clinton"]
    assert "Hillary Clinton" not in [p.name for p in event.actors]
