"""Actor codes that decide coded dyads: a group named again, a state's own institutions."""

from __future__ import annotations

from tests.conftest import run_texts


def test_the_refugees_are_the_syrian_refugees_named_before() -> None:
    (r,) = run_texts(
        "Syrian refugees crossed into Turkey. Turkish police detained the refugees on Friday."
    )
    (event,) = [e for e in r.events if e.trigger.text == "detained"]
    assert [p.country for p in event.recipients] == ["SYR"]


def test_the_police_stay_the_home_police_after_foreign_police_are_named() -> None:
    (r,) = run_texts(
        "ISTANBUL, Turkey (AP) -- Serb police fired on crowds in Kosovo, officials said. "
        "In Istanbul the police detained ten Kurdish protesters on Friday."
    )
    police = [a for a in r.actors if a.name.lower().endswith("police")]
    assert {a.country.value for a in police if a.country} == {"SRB", "TUR"}


def test_a_surname_alone_is_coded_by_its_own_clause() -> None:
    (r,) = run_texts(
        "PHNOM PENH, Cambodia (AP) -- Searchers looked for Peter Marlow on Monday. "
        "Marlow had been working for the Britain-based Landmine Relief Trust when he vanished."
    )
    person = next(a for a in r.actors if a.name == "Peter Marlow")
    assert person.country is not None and person.country.value == "GBR"


def test_a_name_listed_before_a_titled_name_does_not_take_its_title() -> None:
    (r,) = run_texts(
        "Ohio Gov. John Kasich is in the race, while Mark Dalby, Sen. Ted Cruz, and several "
        "others compete for the nomination.",
        date="2016-01-01",
    )
    person = next(a for a in r.actors if a.name == "Mark Dalby")
    assert person.sector is None or person.sector.value != "LEG"


def test_a_state_of_the_home_country_is_not_the_country_of_that_name() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) -- Donald Trump leads among voters in Georgia, a poll said on Tuesday. "
        "Hillary Clinton criticized Trump in Atlanta.",
        date="2016-10-01",
    )
    voters = next(a for a in r.actors if a.name == "voters in Georgia")
    assert voters.country is not None and voters.country.value == "USA"


def test_the_home_states_own_organ_keeps_its_country_as_a_target() -> None:
    (r,) = run_texts("BANGKOK, Thailand (AP) -- An American journalist criticized the military.")
    (event,) = r.events
    assert [p.country for p in event.recipients] == ["THA"]


def test_members_of_an_igo_are_the_igos_not_the_datelines() -> None:
    (r,) = run_texts(
        "BRUSSELS, Belgium (AP) -- European Community foreign ministers condemned Iraq on Monday."
    )
    (event,) = r.events
    assert [(p.name, p.country) for p in event.actors] == [
        ("European Community foreign ministers", None)
    ]


def test_a_police_force_named_like_londons_is_the_citys_where_the_story_is() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) -- The Metropolitan Police arrested protesters near the White House."
    )
    police = next(a for a in r.actors if a.name == "Metropolitan Police")
    assert police.country is not None and police.country.value == "USA"
