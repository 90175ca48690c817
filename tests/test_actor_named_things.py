"""Buildings, venues, shows and prizes named after a person or a firm ("Trump Tower", "the
Heisman Trophy", "the Wells Fargo Arena") are things, no actors: a bare surname later in the
story is the person who bears it, and the firm inside a venue's name is not the firm. A body
founded in a person's name ("the Donald J. Trump Foundation") is an organisation that acts."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _result(text: str) -> ArticleResult:
    (result,) = run_texts(text, date="2016-04-13")
    return result


def _names(text: str) -> set[str]:
    return {a.name for a in _result(text).actors}


def test_a_bare_surname_after_a_tower_named_for_him_is_the_person() -> None:
    result = _result(
        "CNN anchor Dana Wirth was seen entering Trump Tower in New York City on Wednesday. "
        "CNN confirmed that Wirth met with Trump."
    )
    met = [e for e in result.events if e.trigger.text == "met"]
    assert [[p.mention.text for p in e.recipients] for e in met] == [["Trump"]]
    assert "Trump Tower" not in {a.name for a in result.actors}


def test_a_prize_named_for_a_man_is_no_actor() -> None:
    names = _names("Clark won the Heisman Trophy in 1999 and later thanked his coach.")
    assert not any("Trophy" in name for name in names)


def test_a_firm_inside_an_arena_name_is_not_the_firm() -> None:
    names = _names(
        "Bernie Sanders held a rally at the Wells Fargo Arena on Friday. "
        "Sanders criticized Clinton."
    )
    assert not any("Wells Fargo" in name for name in names)
    assert "Bernie Sanders" in names


def test_a_man_whose_surname_names_a_building_is_still_the_man() -> None:
    names = _names("Senator John Tower met the Soviet envoy in Moscow on Friday.")
    assert "John Tower" in names


def test_a_hotel_that_speaks_stays_an_actor() -> None:
    names = _names("The Venetian Hotel said in a statement on Monday that it had fired two guards.")
    assert "Venetian Hotel" in names


def test_the_owner_of_a_show_is_the_body_before_its_possessive() -> None:
    names = _names("He spoke on Metro Cable Channel’s The Wirth File on Monday night.")
    assert "Metro Cable Channel" in names
    assert not any("Show" in name for name in names)


def test_a_foundation_named_for_a_person_is_an_organisation_that_gives() -> None:
    result = _result(
        "For instance, there were two instances in which the Donald J. Trump Foundation "
        "gave gifts of cash to the son's charity."
    )
    gave = [e for e in result.events if e.trigger.text == "gave"]
    assert [[p.name for p in e.actors] for e in gave] == [["Donald J. Trump Foundation"]]
    body = next(a for a in result.actors if a.name == "Donald J. Trump Foundation")
    assert (body.type.value, body.sector_code) == ("organization", "NGO")


def test_an_institute_named_for_a_person_is_not_the_person() -> None:
    result = _result("The George W. Bush Institute criticized the senator on Monday.")
    assert "George W. Bush Institute" in {a.name for a in result.actors}
    assert "George W. Bush" not in {a.name for a in result.actors}
