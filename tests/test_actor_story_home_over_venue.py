"""A story filed from a third country (talks hosted abroad, a mediator's capital) codes its
bare institutions and groups as the country it is about, not the dateline's; a story that names
its dateline's country, or whose places are the dateline's, keeps the dateline."""

from __future__ import annotations

from tests.conftest import actor_codes

VENUE = (
    "NAIROBI, Jan 10 (AP) - South Sudan's government and rebel leaders began talks in Nairobi"
    " on Friday after fighting in Juba and Malakal.\n\n"
    "South Sudan's Information Minister Michael Makuei said the government would not share"
    " power with the rebels.\n\n"
    "The army recaptured Bor on Thursday, a military spokesman said.\n"
)
HOME = (
    "ACCRA, May 2 (Reuters) - Police in Accra arrested 30 people on Thursday after Togolese"
    " and local traders clashed at a market in Kumasi.\n\n"
    "Togo's ambassador protested the arrests, saying Togo's citizens had been singled out.\n\n"
    "The government promised an inquiry.\n"
)


def test_bare_institutions_take_the_story_country_over_the_venue() -> None:
    assert actor_codes(VENUE, "The army", "2014-01-10") == ("SSD", "MIL")


def test_the_speaker_government_is_the_story_country() -> None:
    assert actor_codes(VENUE, "the government", "2014-01-10") == ("SSD", "GOV")


def test_a_dateline_whose_places_the_story_names_stays_home() -> None:
    assert actor_codes(HOME, "The government", "2013-05-02") == ("GHA", "GOV")
