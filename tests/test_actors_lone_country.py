"""A text with no home that names one country: its uncoded national actors are that country's."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_titled_person_and_a_party_take_the_one_country_named() -> None:
    office, party = run_texts(
        "Vice-President Nelson Obuya refused to resign despite pressure from the Kenya "
        "Anti-Graft Board.",
        "The Islamic Renewal Party said it would boycott Algeria's first free elections.",
    )
    assert codes(actor(office, "Nelson Obuya"))[0] == "KEN"
    assert codes(actor(party, "Islamic Renewal Party")) == ("DZA", "PTY")
    evidence = actor(party, "Islamic Renewal Party").country.evidence
    assert evidence is not None
    assert party.article.text[evidence.start : evidence.end] == "Algeria"


def test_no_country_when_two_are_named_or_only_a_person_carries_it() -> None:
    two, person = run_texts(
        "Vice-President Nelson Obuya refused to meet the Kenya Anti-Graft Board in Uganda.",
        "President Jean Marcou welcomed South African leader Pieter Botha on Thursday.",
    )
    assert codes(actor(two, "Nelson Obuya"))[0] is None
    assert codes(actor(person, "Jean Marcou"))[0] is None


def test_a_capital_of_another_country_names_that_country() -> None:
    (r,) = run_texts(
        "The Saint Agnes Hospital in London said a nurse who caught the fever in Sierra Leone "
        "was critically ill."
    )
    assert codes(actor(r, "Saint Agnes Hospital"))[0] is None


def test_a_state_institution_named_with_its_country_names_it() -> None:
    (result,) = run_texts(
        "Egypt's government vowed to punish the attackers. Interior Minister Ahmed Ali said "
        "police arrested 20 militants on Sunday."
    )
    assert codes(actor(result, "Ahmed Ali")) == ("EGY", "GOV")
    assert codes(actor(result, "police")) == ("EGY", "COP")


def test_a_cited_news_outlet_names_no_second_country() -> None:
    (result,) = run_texts(
        "Tainted liquor killed twelve people in Ghana's largest market town. Police said "
        "they had arrested two brewers, Reuters reported."
    )
    assert codes(actor(result, "Police"))[0] == "GHA"
