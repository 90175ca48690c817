"""Actors named in passing: a headline surname, a misread acronym, a relative of a known
person, a body of another state named like a known one."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_headline_surname_read_as_an_organisation_is_the_person_named_later() -> None:
    (r,) = run_texts(
        "Clinton faces tight primary with Sanders in California.\n\n"
        "Hillary Clinton and Bernie Sanders are locked in a tight race in California."
    )
    names = {a.name: a.type.value for a in r.actors}
    assert "Sanders" not in names
    sanders = next(a for a in r.actors if a.name == "Bernie Sanders")
    texts = [m.evidence.text for m in r.mentions if m.actor_id == sanders.id]
    assert texts[0] == "Sanders", "the headline's mention is his"


def test_an_acronym_ending_a_misread_name_stays_an_organisation() -> None:
    (r,) = run_texts(
        "TWA said the jet was safe. Federal investigator Steven Snyder TWA spoke on Monday."
    )
    assert any(a.name == "TWA" for a in r.actors)


def test_a_relative_takes_a_persons_country_but_not_their_office() -> None:
    (r,) = run_texts("Patti Davis, Ronald Reagan's daughter, attacked Donald Trump on Monday.")
    davis = next(a for a in r.actors if a.name == "Patti Davis")
    assert davis.country is not None and davis.country.value == "USA"
    assert davis.sector is None, "a president's daughter holds no office of his"


def test_another_states_body_is_not_the_known_body_its_name_ends_with() -> None:
    (r,) = run_texts(
        "The Philippine Department of Agriculture culled hogs. "
        "The U.S. Department of Agriculture sent experts."
    )
    countries = {a.name: a.country.value if a.country else None for a in r.actors}
    assert countries["Philippine Department of Agriculture"] == "PHL"
    assert countries["U.S. Department of Agriculture"] == "USA"
