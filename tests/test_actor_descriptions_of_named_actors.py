"""A definite description names the one actor told before that it fits: a past office ("the
former secretary of state") the person left by the article's day, by the known-actor table; an
occupation said in apposition ("X, the Texas billionaire,") repeated alone ("the billionaire");
a kind of organisation ("the company") the body of that sector told before. Two actors in play
that fit leave it unlinked, and an indefinite "a billionaire" is nobody named."""

from __future__ import annotations

from functools import partial

from tests.conftest import mentions_by_actor, run_texts

DAY = "2016-05-10"


_mentions = partial(mentions_by_actor, date=DAY)


def _sources(text: str) -> list[list[tuple[str, str | None]]]:
    """Each event's doers as (mention words, actor name)."""
    (result,) = run_texts(text, date=DAY)
    return [[(p.mention.text, p.name) for p in e.actors if p.mention] for e in result.events]


def test_a_past_office_names_the_person_who_left_it() -> None:
    text = (
        "Hillary Clinton toured a factory in Ohio on Monday. "
        "The former secretary of state criticized Donald Trump over trade."
    )
    assert "The former secretary of state" in _mentions(text)["Hillary Clinton"]


def test_a_past_office_keeps_the_role_the_person_holds_now() -> None:
    text = (
        "Hillary Clinton toured a factory in Ohio on Monday. "
        "The former secretary of state criticized Donald Trump over trade."
    )
    (result,) = run_texts(text, date=DAY)
    clinton = next(a for a in result.actors if a.name == "Hillary Clinton")
    assert clinton.role is None or clinton.role.value != "secretary of state"


def test_two_people_who_left_the_office_leave_the_description_alone() -> None:
    text = (
        "Bill Clinton and Jimmy Carter spoke at the convention on Monday. "
        "The former president criticized Donald Trump."
    )
    mentions = _mentions(text)
    assert "The former president" not in mentions["Bill Clinton"]
    assert "The former president" not in mentions["Jimmy Carter"]


def test_an_occupation_said_in_apposition_names_the_person_later() -> None:
    text = (
        "Wallace Brandt, the Texas billionaire, funded the campaign on Monday. "
        "Later the billionaire criticized Governor Abbott."
    )
    assert "the billionaire" in _mentions(text)["Wallace Brandt"]
    assert ("the billionaire", "Wallace Brandt") in [d for ds in _sources(text) for d in ds]


def test_two_people_of_one_occupation_leave_the_description_alone() -> None:
    text = (
        "Wallace Brandt, a Texas billionaire, and Ruth Okafor, a Chicago billionaire, "
        "funded the campaign. The billionaire criticized Governor Abbott."
    )
    mentions = _mentions(text)
    assert "The billionaire" not in mentions["Wallace Brandt"]
    assert "The billionaire" not in mentions["Ruth Okafor"]


def test_an_indefinite_description_names_no_one_told_before() -> None:
    text = (
        "Wallace Brandt, the Texas billionaire, funded the campaign on Monday. "
        "A billionaire criticized Governor Abbott."
    )
    assert _mentions(text)["Wallace Brandt"] == ["Wallace Brandt"]


def test_two_bodies_of_one_kind_in_play_leave_the_description_alone() -> None:
    text = (
        "Norvald Shipping Corp. sued Brekke Freight Corp. on Tuesday. "
        "The company accused the port authority of delaying its ships."
    )
    mentions = _mentions(text)
    assert "The company" not in mentions["Norvald Shipping Corp."]
    assert "The company" not in mentions["Brekke Freight Corp."]


def test_a_kind_noun_that_says_it_is_another_body_names_no_one() -> None:
    text = (
        "Norvald Shipping Corp. reported a loss on Tuesday. "
        "The new company accused the port authority of delaying its ships."
    )
    assert _mentions(text)["Norvald Shipping Corp."] == ["Norvald Shipping Corp."]


def test_a_kind_of_organisation_names_the_body_of_that_sector() -> None:
    text = (
        "Norvald Shipping Corp. reported a loss on Tuesday. "
        "The company accused the port authority of delaying its ships."
    )
    assert "The company" in _mentions(text)["Norvald Shipping Corp."]
    doers = [d for ds in _sources(text) for d in ds]
    assert ("The company", "Norvald Shipping Corp.") in doers
