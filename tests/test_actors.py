"""Actor coding from titles, demonyms, organisations, and mention resolution."""

from __future__ import annotations

import pytest

from eventwire.model import Actor, ArticleResult
from tests.conftest import named_actor, run_texts


def actor(result: ArticleResult, name: str) -> Actor:
    return named_actor(result, name)


def codes(a: Actor) -> tuple[str | None, ...]:
    return tuple(c.value if c else None for c in (a.country, a.sector, a.role))


def test_title_and_demonym_code_a_person() -> None:
    (r,) = run_texts("French Foreign Minister Jean-Yves Le Drian arrived in Cairo on Monday.")
    person = next(a for a in r.actors if a.type.value == "person")
    assert codes(person) == ("FRA", "GOV", "foreign minister")
    assert person.role.evidence.text == "Foreign Minister"
    assert person.country.evidence.text == "French"


def test_appositive_title_codes_a_person() -> None:
    (r,) = run_texts("Ben Wallace, the British defence secretary, visited Kyiv.")
    assert codes(actor(r, "Ben Wallace")) == ("GBR", "GOV", "defense secretary")


def test_igo_and_media_from_lexicon() -> None:
    (r,) = run_texts("NATO warned Moscow, the Xinhua news agency reported.")
    assert codes(actor(r, "NATO"))[:2] == (None, "IGO"), "an IGO acts for no one state"
    assert codes(actor(r, "Xinhua"))[:2] == ("CHN", "MED")


def test_coordinated_demonyms_make_two_groups() -> None:
    (r,) = run_texts("Chinese and Russian warships held drills while Russian troops watched.")
    groups = {codes(a)[:2] for a in r.actors if a.type.value == "group"}
    assert groups == {("CHN", "MIL"), ("RUS", "MIL")}, "one actor per country and sector"


def test_group_nouns_with_modifiers_and_possessive_countries() -> None:
    (r,) = run_texts(
        "Liberian riot police dispersed crowds. Israel's high court ruled. "
        "A Saudi businessman sued."
    )
    groups = {codes(a)[:2] for a in r.actors if a.type.value == "group"}
    assert {("LBR", "COP"), ("ISR", "JUD"), ("SAU", "BUS")} <= groups


def test_surname_title_and_pronoun_resolve_to_one_person() -> None:
    (r,) = run_texts(
        "Turkish President Recep Tayyip Erdogan spoke in Ankara. "
        "Erdogan said the talks would go on. The Turkish leader added that he was hopeful."
    )
    erdogan = actor(r, "Recep Tayyip Erdogan")
    surfaces = {m.evidence.text for m in r.mentions if m.actor_id == erdogan.id}
    assert {"Erdogan", "The Turkish leader", "he"} <= surfaces


def test_pronoun_inside_quote_is_not_linked() -> None:
    (r,) = run_texts('Putin spoke on Friday. "He lied to us," Putin said of the envoy.')
    linked = {m.evidence.text for m in r.mentions}
    assert "He" not in linked


def test_countries_by_name_and_code() -> None:
    (r,) = run_texts("The U.S. and the United Kingdom sanctioned Iran.")
    countries = {a.country.value for a in r.actors if a.type.value == "country"}
    assert countries == {"USA", "GBR", "IRN"}


def test_title_word_as_modifier_is_not_a_person() -> None:
    (r,) = run_texts("The general election was held in Kenya, and the general strike ended.")
    assert not [a for a in r.actors if a.type.value == "person"]


def test_organisation_in_a_title_gives_the_persons_code() -> None:
    (r,) = run_texts("Arab League Secretary General Amr Moussa arrived in Cairo.")
    (moussa,) = [a for a in r.actors if a.name == "Amr Moussa"]
    assert moussa.country is None and moussa.sector.value == "IGO"


def test_person_of_a_country_is_coded_with_it() -> None:
    (r,) = run_texts("President Emmanuel Macron of France arrived in Algiers.")
    (macron,) = [a for a in r.actors if a.name == "Emmanuel Macron"]
    assert macron.country is not None and macron.country.value == "FRA"


def test_adjective_demonyms_give_countries() -> None:
    (r,) = run_texts("The Philippine government protested to Beijing.")
    assert "PHL" in {a.country.value for a in r.actors if a.country}


def test_unbalanced_bracket_is_cut_from_a_name() -> None:
    (r,) = run_texts("The Philippine Department of Agriculture (DA) began culling hogs on Sunday.")
    assert not [a for a in r.actors if "(" in a.name]


def test_text_ending_in_a_country_modifier_keeps_its_actors() -> None:
    """An article whose last words are "the U.S." or "the Russian" once lost every actor."""
    texts = [
        "Officials met in Geneva. The envoy then flew back to the U.S.",
        "The talks stalled. Officials blamed the Russian",
        "Protesters were joined by Russian and",
        "The meeting ended with the U.S. and",
    ]
    for result in run_texts(*texts):
        assert [e for e in result.errors if e.stage == "actors"] == []
        assert any(a.type.value == "country" for a in result.actors)


def test_no_actor_is_coded_aruba_from_blank_words() -> None:
    """The country table once had an empty name, so blank surfaces coded as ABW."""
    (r,) = run_texts("Talks went on.\n\nJake Tapper asked the question on CNN.")
    assert all(a.country is None or a.country.value != "ABW" for a in r.actors)


def test_police_in_a_capital_are_that_countrys_police_not_the_city() -> None:
    (r,) = run_texts("Police in Stockholm arrested two men on Friday.")
    assert codes(actor(r, "Police in Stockholm"))[:2] == ("SWE", "COP")
    assert "Stockholm" not in {a.name for a in r.actors}


def test_a_group_in_a_province_or_part_of_a_country_is_that_countrys() -> None:
    province, part = run_texts(
        "The government of Quebec has banned the rally.",
        "Ethnic Hungarians in northern Romania demanded a referendum.",
    )
    assert codes(actor(province, "government of Quebec"))[:2] == ("CAN", "GOV")
    assert codes(actor(part, "Ethnic Hungarians in northern Romania"))[:2] == ("ROU", "CVL")


def test_a_group_is_named_with_the_whole_phrase_of_the_place_it_is_in() -> None:
    (r,) = run_texts("Police in the Comoros archipelago raided two homes.")
    assert codes(actor(r, "Police in the Comoros archipelago"))[:2] == ("COM", "COP")


def test_a_people_is_civilians_of_the_country_they_live_in() -> None:
    (ethnic, plural) = run_texts(
        "Ethnic Hungarians in Romania demanded a referendum on autonomy.",
        "Many Americans fear the new law.",
    )
    assert codes(actor(ethnic, "Ethnic Hungarians in Romania"))[:2] == ("ROU", "CVL")
    assert codes(actor(plural, "Americans"))[:2] == ("USA", "CVL")


def test_a_known_actor_named_bare_takes_the_tables_codes_for_the_date() -> None:
    (r,) = run_texts("Obama criticised the plan on Tuesday.", date="2012-05-01")
    obama = actor(r, "Obama")
    assert codes(obama)[:2] == ("USA", "GOV")
    assert obama.country.method == "known actors" and obama.country.evidence.text == "Obama"


def test_an_unqualified_institution_takes_the_datelines_country() -> None:
    text = "WASHINGTON (AP) — The Justice Department opened an inquiry on Monday."
    (r,) = run_texts(text, date="2016-07-05")
    (department,) = [a for a in r.actors if "Justice Department" in a.name]
    assert codes(department)[:2] == ("USA", "GOV")
    assert department.country.method == "dateline"
    assert department.country.evidence.text.upper() == "WASHINGTON"


@pytest.mark.parametrize(
    "dateline,country",
    [("NEW YORK (AP) —", "USA"), ("MIAMI (AP) —", "USA"), ("GENEVA (AP) —", "CHE")],
)
def test_a_city_the_wires_write_alone_gives_its_country(dateline: str, country: str) -> None:
    (r,) = run_texts(f"{dateline} The Justice Ministry opened an inquiry on Monday.")
    (ministry,) = [a for a in r.actors if "Justice Ministry" in a.name]
    assert ministry.country is not None and ministry.country.value == country
    assert ministry.country.method == "dateline"


def test_spouses_sharing_a_surname_stay_two_people() -> None:
    (r,) = run_texts(
        "Bill Clinton and Hillary Clinton arrived in Iowa. Hillary Clinton spoke first, "
        "and Clinton said she would win."
    )
    people = [a for a in r.actors if a.type.value == "person"]
    assert sorted(a.name for a in people) == ["Bill Clinton", "Hillary Clinton"]
    hillary = actor(r, "Hillary Clinton")
    surname = next(m for m in r.mentions if m.evidence.text == "Clinton")
    assert surname.actor_id == hillary.id, "a surname is the namesake mentioned last"


def test_a_surname_that_is_a_country_name_stays_the_person() -> None:
    (r,) = run_texts("Rep. Jim Jordan criticised the bill. Jordan said it was bad.")
    assert "Jordan" not in {a.name for a in r.actors if a.type.value == "country"}
    assert all(p.country != "JOR" for e in r.events for p in e.actors)


def test_time_zones_and_descriptions_are_not_actors() -> None:
    (r,) = run_texts("Voters said Obama was an excellent president. The debate is at 9 p.m. EST.")
    assert [a.name for a in r.actors] == ["Voters", "Barack Obama"]


def test_a_known_name_ner_misses_is_still_an_actor() -> None:
    (r,) = run_texts("The Khmer Rouge fled north on Thursday.", date="1998-02-19")
    assert "Khmer Rouge" in {a.name for a in r.actors}


def test_a_group_owned_by_a_person_takes_the_persons_country() -> None:
    (r,) = run_texts("Clinton's top aides flew to Kenya.", date="1998-08-13")
    assert codes(actor(r, "Clinton's top aides"))[:2] == ("USA", "GOV")


def test_a_group_owned_through_a_pronoun_takes_its_antecedents_country() -> None:
    (r,) = run_texts("Tony Blair met with his top aides on Monday.", date="1998-08-13")
    assert codes(actor(r, "his top aides"))[:2] == ("GBR", "GOV")


def test_a_named_unit_of_a_known_organisation_takes_its_codes() -> None:
    (r,) = run_texts("The State Department Refugee Processing Center said 98 percent were Muslims.")
    assert codes(actor(r, "State Department Refugee Processing Center"))[:2] == ("USA", "GOV")


def test_a_person_with_no_country_never_takes_another_actors() -> None:
    (r,) = run_texts(
        "The German government today welcomed President Reagan's latest policy statement."
    )
    reagan = next(a for a in r.actors if "Reagan" in a.name)
    assert reagan.country is None or reagan.country.value != "DEU"
    assert all(p.country != "DEU" for e in r.events for p in e.recipients if "Reagan" in p.name)


def test_groups_named_without_a_country_are_the_datelines() -> None:
    (r,) = run_texts(
        "ISTANBUL, Turkey (AP)_ The police barred the crowd from the consulate. "
        "Immigration officials said rebels attacked the army."
    )
    codes = {a.name: (a.country.value, a.sector.value) for a in r.actors if a.sector and a.country}
    assert codes["The police"] == ("TUR", "COP")
    assert codes["the crowd"] == ("TUR", "CVL")
    assert codes["Immigration officials"] == ("TUR", "GOV")
    assert codes["rebels"] == ("TUR", "REB")
    assert codes["the army"] == ("TUR", "MIL")


def test_a_single_member_or_a_modifier_is_no_bare_group() -> None:
    (r,) = run_texts(
        "An official said the party met police chiefs at the Roper Center for Public "
        "Opinion Research."
    )
    assert not any(a.name in {"official", "party", "police"} for a in r.actors)


def test_an_apposition_on_either_side_of_a_name_gives_the_country() -> None:
    (r,) = run_texts(
        "Officials escorted the Libyan, Omar Haddad, to the airport. Police searched for "
        "Said Ali, a Comorian Muslim who had lived there. In Libya, Karim Mansour spoke."
    )
    countries = {a.name: a.country.value if a.country else None for a in r.actors}
    assert countries["Omar Haddad"] == "LBY"
    assert countries["Said Ali"] == "COM"
    assert countries["Karim Mansour"] is None


def test_a_group_located_in_a_country_is_named_with_it() -> None:
    (r,) = run_texts(
        "To the people of Kenya, we bring help. "
        "U.S. National Security Council spokesman P.J. Crowley said."
    )
    assert codes(actor(r, "people of Kenya"))[:2] == ("KEN", "CVL")
    assert codes(actor(r, "P.J. Crowley"))[:2] == ("USA", "GOV")


def test_a_group_owned_by_a_name_is_named_with_its_owner() -> None:
    (r,) = run_texts(
        "PHNOM PENH, Cambodia (AP)_ Soldiers shelled the last outpost held by Ranariddh's forces."
    )
    assert codes(actor(r, "Ranariddh's forces"))[:2] == ("KHM", "MIL")


def test_a_capital_that_acts_stands_for_its_country() -> None:
    (r,) = run_texts("Washington and London protested on Friday. He lives in Paris.")
    assert codes(actor(r, "United Kingdom"))[:2] == ("GBR", None)
    assert "France" not in {a.name for a in r.actors}


def test_a_campaign_owned_by_a_candidate_is_a_party_actor() -> None:
    (r,) = run_texts(
        "The Clinton campaign said the bombing campaign had failed.", date="2016-09-20"
    )
    assert codes(actor(r, "Clinton campaign"))[:2] == ("USA", "PTY")
    assert not any("bombing" in a.name for a in r.actors)


def test_groups_in_an_article_with_no_home_take_the_most_named_country() -> None:
    (r,) = run_texts(
        "Serbia sent the security forces into the villages. Serbia said the Serb "
        "province would stay calm. Residents fled the shelling."
    )
    assert codes(actor(r, "the security forces"))[:2] == ("SRB", "COP")
    assert codes(actor(r, "Residents"))[:2] == ("SRB", "CVL")


def test_a_known_person_tagged_as_an_organisation_is_still_the_person() -> None:
    (r,) = run_texts("Trump's supporters rallied in Ohio.", date="2016-09-20")
    assert codes(actor(r, "Trump"))[:2] == ("USA", "PTY")


def test_a_joint_poll_of_two_outlets_is_one_news_actor() -> None:
    (r,) = run_texts(
        "A new Washington Post-ABC News poll found the race tied. Coca-Cola shares rose.",
        date="2016-09-25",
    )
    poll = actor(r, "Washington Post-ABC News")
    assert codes(poll)[:2] == ("USA", "MED")
    evidence = poll.country.evidence if poll.country else None
    assert evidence is not None and evidence.text == "Washington Post"
    assert all(a.sector is None or a.sector.value != "MED" for a in r.actors if "Coca" in a.name)


def test_an_indefinite_title_that_acts_is_an_actor() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP)_ A judge ruled on Friday. Obama did not meet a former minister."
    )
    assert codes(actor(r, "A judge"))[:2] == ("USA", "JUD")
    assert "a former minister" not in {a.name for a in r.actors}


def test_a_bare_groups_modifiers_name_it_and_keep_groups_apart() -> None:
    (r,) = run_texts("WASHINGTON (AP)_ White voters and young voters split, 51 soldiers said.")
    names = {a.name for a in r.actors}
    assert {"White voters", "young voters", "soldiers"} <= names


def test_a_navy_prefix_names_a_warship_of_its_country() -> None:
    (r,) = run_texts("The carrier HMS Invincible sailed for the Gulf. USS is an acronym.")
    assert codes(actor(r, "HMS Invincible"))[:2] == ("GBR", "MIL")
    assert "USS" not in {a.name for a in r.actors}


def test_a_surname_alone_is_the_person_named_before_whatever_the_tagger_says() -> None:
    (r,) = run_texts(
        "Officials searched for Christopher Howes. Howes had been working for a charity."
    )
    howes = actor(r, "Christopher Howes")
    assert len(howes.mention_ids) == 2


def test_an_office_no_longer_held_gives_no_sector() -> None:
    (r,) = run_texts(
        "Ousted Cambodian Prime Minister Norodom Ranariddh spoke on Monday.", date="1998-02-19"
    )
    assert codes(actor(r, "Norodom Ranariddh"))[:2] == ("KHM", None)


def test_an_unknown_organisations_head_or_apposition_gives_its_sector() -> None:
    office, agency, paper = run_texts(
        "The Refugee Processing Office said so.",
        "The Environmental Protection Agency fined the firm.",
        "The report was published by Mwananchi Communications, a Tanzanian newspaper.",
    )
    assert codes(actor(office, "Refugee Processing Office"))[1] == "GOV"
    assert codes(actor(agency, "Environmental Protection Agency"))[1] == "GOV"
    assert codes(actor(paper, "Mwananchi Communications"))[1] == "MED"


def test_a_role_said_to_be_held_then_gives_no_sector() -> None:
    (r,) = run_texts(
        "Howes was killed by a faction loyal to Sok Vanna, then the Cambodian defense minister."
    )
    assert codes(actor(r, "Sok Vanna"))[:2] == ("KHM", None)


def test_common_titles_give_their_sectors() -> None:
    (r,) = run_texts(
        "Campaign manager Jane Doyle, Sheriff Tom Hale and columnist Ann Ruiz met Rabbi Ben Ohr."
    )
    sectors = {name: codes(actor(r, name))[1] for name in ("Jane Doyle", "Tom Hale", "Ann Ruiz")}
    assert sectors == {"Jane Doyle": "PTY", "Tom Hale": "COP", "Ann Ruiz": "MED"}
    assert codes(actor(r, "Ben Ohr"))[1] == "REL"
