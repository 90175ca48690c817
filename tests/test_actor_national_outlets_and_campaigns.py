"""Bodies news names by a common noun: a country's radio or television ("Syrian state
television", "Egypt radio") is its news media (MED); a candidate's campaign named through a
pronoun ("her campaign") or bare and speaking ("the campaign said") in an election story is
the candidate's party side (PTY); officials "in and around" a town are that town's country's;
a capitalised verb NER reads as a name ("Elected officials") is no actor."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _codes(text: str, day: str = "2016-04-26") -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date=day)
    return {a.name.lower(): (a.country_code, a.sector_code) for a in result.actors}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Syrian state television said the rebels had fled.", "syrian state television", "SYR"),
        ("Egypt radio reported that the minister had resigned.", "egypt radio", "EGY"),
    ],
)
def test_a_countrys_radio_or_television(text: str, name: str, country: str) -> None:
    assert _codes(text, "2012-05-02")[name] == (country, "MED")


def test_a_radio_set_is_no_outlet() -> None:
    assert not any("radio" in n for n in _codes("She bought a radio in Chicago last week."))


def test_a_candidates_campaign_through_a_pronoun() -> None:
    text = (
        "Amy Klobuchar is running hard before the Iowa caucuses. On Monday her campaign "
        "accused Pete Buttigieg of dodging questions."
    )
    assert _codes(text, "2020-01-20")["her campaign"] == ("USA", "PTY")


def test_a_bare_campaign_that_speaks_is_the_candidates_side() -> None:
    text = (
        "DES MOINES, Iowa (AP) _ Beto O'Rourke will unveil a housing plan before the Iowa "
        "caucuses, the campaign told reporters. The campaign also accused Kamala Harris of "
        "copying it."
    )
    (result,) = run_texts(text, date="2019-11-04")
    sides = {p.name.lower(): (p.country, p.sector) for e in result.events for p in e.actors}
    assert _codes(text, "2019-11-04")["the campaign"] == ("USA", "PTY")
    assert sides["the campaign"] == ("USA", "PTY")


def test_a_bare_campaign_that_moves_on_is_the_race() -> None:
    text = (
        "After the Iowa caucuses the campaign shifts to larger states with costlier ads. "
        "The campaign goes on, the senator told the crowd after the primary."
    )
    assert not any("campaign" in name for name in _codes(text))


def test_a_campaign_against_something_is_a_drive() -> None:
    text = "Before the primary, the mayor spoke. His campaign against graft failed, critics said."
    assert "his campaign" not in _codes(text)


def test_officials_in_and_around_a_town() -> None:
    text = "Elected officials in and around Denver warned federal agents on Monday."
    assert _codes(text)["elected officials in and around denver"] == ("USA", "GOV")


def test_a_capitalised_verb_is_no_actor() -> None:
    text = "DENVER _ Elected officials in and around Denver warned federal agents on Monday."
    assert "elected" not in _codes(text)


def test_a_campaign_its_owner_ends_is_no_body() -> None:
    text = "Before the primary in Ohio, the senator suspended his campaign on Tuesday night."
    assert "his campaign" not in _codes(text)


def test_a_family_named_by_its_town() -> None:
    text = "Agents feared that the Houston relatives would hide the girl from her mother."
    assert _codes(text, "2001-05-02")["the houston relatives"] == ("USA", None)
