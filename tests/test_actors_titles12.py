"""Titles on fresh news (actors round 12): a body served once gives no sector, a network's
analyst and a talk show host are media, a legislator's spokesman works where the legislator
works, and a known outlet that NER takes for a person is the outlet."""

from __future__ import annotations

from eventwire.actors.extents import through_topic
from eventwire.parse.nlp import load_nlp
from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_former_agent_of_a_body_is_not_its_officer_now() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Former FBI agent Tom Vale said the statute was broad. "
        "FBI agent Ann Cole said the case was open.",
        date="2016-01-12",
    )
    assert codes(actor(r, "Tom Vale")) == ("USA", None)
    assert codes(actor(r, "Ann Cole")) == ("USA", "COP")


def test_a_networks_analyst_and_a_radio_host_are_media() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ The rule is broad, according to Fox News legal analyst Tim Marr. "
        "The governor spoke with conservative host Dan Pike on Friday.",
        date="2016-01-12",
    )
    assert codes(actor(r, "Tim Marr")) == ("USA", "MED")
    assert codes(actor(r, "Dan Pike")) == ("USA", "MED")


def test_a_spokesman_named_with_a_legislator_works_for_the_legislator() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Rep. Trey Gowdy fired an aide in June. Gowdy spokesman Ken Ware "
        "called the lawsuit meritless.",
        date="2015-11-23",
    )
    assert codes(actor(r, "Ken Ware")) == ("USA", "LEG")


def test_a_person_before_another_name_in_a_headline_employs_no_one() -> None:
    """In a title-case headline the parser may hang one name on another; with no office
    between them the second person is not the first one's staff."""
    (r,) = run_texts(
        "Donald Trump Denies Mike Tyson Invited to Appear at GOP Convention.\n\n"
        "Republican nominee Donald Trump said Mike Tyson was not asked to speak.",
        date="2016-06-29",
    )
    assert codes(actor(r, "Donald Trump")) == ("USA", "PTY")
    assert codes(actor(r, "Mike Tyson"))[1] is None


def test_a_known_outlet_tagged_as_a_person_is_the_outlet() -> None:
    (r,) = run_texts(
        "It was after Reed posted the letters that Gawker noticed the address was private.",
        date="2016-05-26",
    )
    found = actor(r, "Gawker")
    assert found.type.value == "organization"
    assert codes(found) == ("USA", "MED")


def test_agents_of_a_body_and_customers_are_groups() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ FBI agents searched the office on Monday. Striking workers "
        "turned customers away from the stores.",
        date="2016-05-29",
    )
    assert codes(actor(r, "FBI agents")) == ("USA", "COP")
    assert codes(actor(r, "customers")) == ("USA", "CVL")


def test_fact_checkers_and_political_news_sites_are_media() -> None:
    (r,) = run_texts(
        "PolitiFact rated the claim false, and TheBlaze said the senator was wrong.",
        date="2015-12-21",
    )
    assert codes(actor(r, "PolitiFact")) == ("USA", "MED")
    assert codes(actor(r, "TheBlaze")) == ("USA", "MED")


def test_a_title_of_a_body_before_the_name_and_its_comma_codes_the_name() -> None:
    (r,) = run_texts(
        "The leader of the Anti-Defamation League, Ruth Gold, warned that the ban was wrong.",
        date="2015-12-10",
    )
    assert codes(actor(r, "Ruth Gold")) == ("USA", "NGO")
    assert codes(actor(r, "Anti-Defamation League")) == ("USA", "NGO")


def test_a_firm_named_with_a_rank_word_or_a_known_firms_name_is_a_business() -> None:
    (r,) = run_texts(
        "General Motors Acceptance Corp. said its profit fell. GM Hughes Electronics said "
        "its net income rose.",
        date="1989-10-26",
    )
    assert actor(r, "General Motors Acceptance Corp.").sector.value == "BUS"
    assert actor(r, "GM Hughes Electronics").sector.value == "BUS"


def test_the_outlet_before_a_journalists_name_stays_an_actor() -> None:
    (r,) = run_texts(
        "The questions began after an interview with Fox News's Chris Wallace on Sunday.",
        date="2016-08-06",
    )
    assert codes(actor(r, "Fox News")) == ("USA", "MED")
    assert codes(actor(r, "Chris Wallace")) == ("USA", "MED")


def test_a_dash_dateline_with_a_country_sets_home_and_its_place_is_no_actor() -> None:
    (r,) = run_texts(
        "ODESSA, Ukraine — Police arrested two Russian men on Monday, and a local official, "
        "Ivan Petrenko, said they would be charged.",
        date="2015-03-01",
    )
    assert codes(actor(r, "Ivan Petrenko"))[0] == "UKR"
    assert not [a for a in r.actors if a.name.upper() == "ODESSA"]


def test_members_of_a_body_take_its_codes() -> None:
    (r,) = run_texts(
        "The prime minister often meets with members of Congress. Three members of Hamas "
        "were arrested.",
        date="2015-12-10",
    )
    assert codes(actor(r, "members of Congress")) == ("USA", "LEG")
    assert actor(r, "members of Hamas").sector.value == "REB"


def test_people_shown_at_a_journalists_work_are_media() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ The senator left the hall early, Ann Ross reports. According to "
        "Bo Kent, writing for RealClearPolitics, the fund grew. Sam Lee reported that he saw "
        "the fire.",
        date="2016-01-12",
    )
    assert codes(actor(r, "Ann Ross")) == ("USA", "MED")
    assert codes(actor(r, "Bo Kent")) == ("USA", "MED")
    assert codes(actor(r, "Sam Lee")) == ("USA", None)


def test_a_committees_name_goes_on_through_its_capitalised_topic() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Aides said the House Select Committee on Benghazi would meet again.",
        date="2015-11-23",
    )
    assert "House Select Committee on Benghazi" in [a.name for a in r.actors]


def test_an_entity_trimmed_to_nothing_has_no_topic_to_run_through() -> None:
    """NER's entity '#' in a hashtag trims to an empty span (it crashed the actors stage on
    4 of 966 real documents)."""
    doc = load_nlp()("Enter #GirlIGuessImWithHer on the Committee on Benghazi.")
    assert len(through_topic(doc[1:1])) == 0


def test_a_body_named_after_a_country_possessive_is_that_countrys() -> None:
    """A known organisation the table gives no country ("Defense Ministry") is the state's whose
    possessive precedes it, not the home country's; an international body stays stateless."""
    (r,) = run_texts(
        "WASHINGTON (AP) _ Russia's Defense Ministry denied the report. Cuba's National "
        "Assembly approved the law. America's NATO allies met in Brussels. Ricardo Alarcon, "
        "president of Cuba's National Assembly, spoke. The Iranian Foreign Ministry protested.",
        date="2000-03-30",
    )
    assert codes(actor(r, "Defense Ministry")) == ("RUS", "GOV")  # a ministry is GOV, defence too
    assert codes(actor(r, "National Assembly")) == ("CUB", "LEG")
    assert codes(actor(r, "NATO"))[0] is None
    assert codes(actor(r, "Iranian Foreign Ministry"))[0] == "IRN"
    (denial,) = [e for e in r.events if e.trigger.text == "denied"]
    assert [p.actor_id for p in denial.actors] == [actor(r, "Defense Ministry").id]


def test_an_international_official_named_by_title_belongs_to_no_state() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ The U.N. Secretary-General urged Iraq to withdraw from Kuwait.",
        date="1990-08-16",
    )
    official = next(a for a in r.actors if "Secretary-General" in a.name)
    assert codes(official) == (None, "IGO")


def test_a_known_name_that_holds_a_title_is_not_a_namesake_with_the_same_surname() -> None:
    (r,) = run_texts(
        "BAGHDAD (AP) _ Iraq's Saddam Hussein called President Bush a liar. Bush met King "
        "Hussein of Jordan on Thursday. King Hussein assured him Jordan would close the port.",
        date="1990-08-16",
    )
    assert codes(actor(r, "Saddam Hussein"))[0] == "IRQ"
    assert codes(actor(r, "King Hussein")) == ("JOR", "GOV")


def test_a_language_is_not_its_country() -> None:
    (r,) = run_texts(
        "MIAMI _ In rapid-fire Spanish, they criticised Attorney General Janet Reno. The "
        "president spoke in English and French. Spanish troops left Iraq.",
        date="2000-03-30",
    )
    names = [a.name for a in r.actors]
    assert "United Kingdom" not in names and "France" not in names
    assert codes(actor(r, "Spanish troops"))[0] == "ESP"
