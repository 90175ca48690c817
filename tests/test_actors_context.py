"""Actor codes from a person's own context and from the kind of group named (actors round 4)."""

from __future__ import annotations

from eventwire.model import Actor, ArticleResult
from tests.conftest import named_actor, run_texts


def actor(result: ArticleResult, name: str) -> Actor:
    return named_actor(result, name)


def codes(a: Actor) -> tuple[str | None, str | None]:
    return (a.country.value if a.country else None, a.sector.value if a.sector else None)


def test_an_office_said_to_be_past_stays_past_when_named_again() -> None:
    (r,) = run_texts(
        "A loyalist of ousted Prime Minister Prince Mohan Dass spoke on Monday. "
        "In July, Second Prime Minister Ravi Kumar staged a coup against First Prime Minister "
        "Prince Mohan Dass.",
        date="1998-02-19",
    )
    assert codes(actor(r, "Mohan Dass"))[1] is None
    assert codes(actor(r, "Ravi Kumar"))[1] == "GOV"


def test_a_full_name_is_not_a_known_person_who_only_shares_the_surname() -> None:
    (r,) = run_texts(
        "Police sought Michael Gingrich for questioning. Gingrich was later released.",
        date="1998-11-21",
    )
    assert codes(actor(r, "Michael Gingrich"))[1] != "LEG", "not Newt Gingrich, the Speaker"


def test_the_body_a_person_speaks_or_works_for_codes_them() -> None:
    spokesman, inspector, expert, minister = run_texts(
        "``We are doing interviews,'' said Paul Moskal, a spokesman for the FBI office.",
        "Inspector Keith MacCaskill of the Winnipeg Police Service, a Canadian member of a "
        "task force, said he had never heard of the men.",
        "Christopher Howes had been working for the Britain-based Mines Advisory Group.",
        "The bill was signed by Serbian Labour Minister Dragan Milovanovic.",
        date="1998-11-21",
    )
    assert codes(actor(spokesman, "Paul Moskal")) == ("USA", "COP")
    assert codes(actor(inspector, "Keith MacCaskill")) == ("CAN", "COP")
    assert codes(actor(expert, "Christopher Howes"))[0] == "GBR"
    assert codes(actor(expert, "Mines Advisory Group"))[0] == "GBR"
    assert codes(actor(minister, "Dragan Milovanovic"))[1] == "GOV", "a minister is the state's"


def test_a_relative_clause_saying_whom_a_person_leads_codes_them() -> None:
    head, worker, rival = run_texts(
        "Lena Ostrow, who heads the Sierra Club, criticized the new rules.",
        "Tom Varga, who works for Goldman Sachs, criticized the new rules.",
        "Paul Dimmer leads the Sierra Club in fund-raising, critics said.",
        date="2016-05-10",
    )
    assert codes(actor(head, "Lena Ostrow")) == ("USA", "NGO")
    assert codes(actor(worker, "Tom Varga")) == ("USA", "BUS")
    assert codes(actor(rival, "Paul Dimmer"))[1] is None, "his own clause is no description"


def test_a_spokesman_for_a_company_is_of_the_companys_sector() -> None:
    (r,) = run_texts("A spokesman for Seagram Co. said the company would post a profit.")
    assert codes(actor(r, "A spokesman"))[1] == "BUS"


def test_two_letter_markup_is_no_country() -> None:
    (r,) = run_texts("&LR; The court ruled on Thursday. &UR; The US appealed.")
    assert {codes(a)[0] for a in r.actors if a.type.value == "country"} == {"USA"}


def test_a_firms_name_without_its_suffix_is_the_same_business() -> None:
    (r,) = run_texts("Coleco Industries Inc. filed a plan. Coleco bounced back later.")
    firms = [a for a in r.actors if a.type.value == "organization"]
    assert [codes(a)[1] for a in firms] == ["BUS"]
    assert len(firms[0].mention_ids) == 2


def test_a_group_of_states_acts_for_no_one_state() -> None:
    (r,) = run_texts(
        "Turkey urged all Balkan states to sign a declaration. Arab countries agreed.",
        date="1998-03-08",
    )
    groups = {a.name: codes(a) for a in r.actors if a.type.value == "group"}
    assert groups == {"Balkan states": (None, None), "Arab countries": (None, None)}


def test_a_group_located_in_two_countries_is_two_groups() -> None:
    (r,) = run_texts("To the people of Kenya and Tanzania, I will bring a message of support.")
    groups = {a.name: codes(a) for a in r.actors if a.type.value == "group"}
    assert groups == {"people of Kenya": ("KEN", "CVL"), "people of Tanzania": ("TZA", "CVL")}


def test_abbreviated_titles_and_a_state_before_them_code_a_person() -> None:
    (r,) = run_texts(
        "New Mexico Gov. Susana Marquez and Vermont Sen. Bernard Sandler met Gen. Tom Rusk "
        "and New Jersey's Steve Lonegan."
    )
    assert codes(actor(r, "Susana Marquez")) == ("USA", "GOV")
    assert codes(actor(r, "Bernard Sandler")) == ("USA", "LEG")
    assert codes(actor(r, "Tom Rusk"))[1] == "MIL"
    assert codes(actor(r, "Steve Lonegan"))[0] != "JEY", "New Jersey is no Jersey"


def test_collective_nouns_a_coder_lists_are_groups_with_their_sectors() -> None:
    (r,) = run_texts(
        "Kenyan police officers detained activists while aid workers and intelligence "
        "officials watched. Rebel forces attacked.",
        date="1998-08-08",
    )
    sectors = {a.sector.value for a in r.actors if a.type.value == "group" and a.sector}
    assert {"COP", "CVL", "NGO", "SPY", "REB"} <= sectors


def test_troops_of_a_person_without_a_state_office_are_an_armed_opposition() -> None:
    (r,) = run_texts(
        "Ousted Prime Minister Mohan Dass fled. Dass's forces held the town against "
        "attacks by Prime Minister Ravi Kumar's troops.",
        date="1998-02-19",
    )
    assert codes(actor(r, "Dass's forces"))[1] == "REB"
    assert codes(actor(r, "Ravi Kumar's troops"))[1] == "MIL"


def test_troops_of_a_person_not_known_to_hold_an_office_stay_military() -> None:
    (r,) = run_texts("Mohan Dass spoke. Dass's troops shelled the town.", date="1998-02-19")
    assert codes(actor(r, "Dass's troops"))[1] == "MIL"


def test_a_phrase_after_a_name_that_is_no_description_gives_no_country() -> None:
    (r,) = run_texts(
        "FBI Director Louis Freeh, on an official visit to Mexico, asked for help. "
        "The Buffalo News reported it.",
        date="1999-01-22",
    )
    assert codes(actor(r, "Louis Freeh")) == ("USA", "COP")
    assert codes(actor(r, "Buffalo News"))[1] == "MED"


def test_research_bodies_are_edu_and_a_groups_article_opens_its_mention() -> None:
    (r,) = run_texts(
        "The Pew Research Center and the Brookings Institution said a Cambodian resistance "
        "force attacked."
    )
    assert codes(actor(r, "Pew Research Center"))[1] == "EDU"
    assert codes(actor(r, "Brookings Institution"))[1] == "EDU"
    force = actor(r, "Cambodian resistance force")
    assert codes(force) == ("KHM", "REB")
    assert {m.evidence.text for m in r.mentions if m.actor_id == force.id} == {
        "a Cambodian resistance force"
    }


def test_a_plural_title_is_shared_by_the_names_it_precedes() -> None:
    (r,) = run_texts(
        "Prominent politicians, including U.S. Reps. Ileana Ros-Lehtinen and Carlos Curbelo, "
        "criticized him. The 3rd Brigade moved."
    )
    assert codes(actor(r, "Ileana Ros-Lehtinen")) == ("USA", "LEG")
    assert codes(actor(r, "Carlos Curbelo")) == ("USA", "LEG")
    assert codes(actor(r, "3rd Brigade"))[1] == "MIL"


def test_the_pope_is_the_pope_of_the_day() -> None:
    (r,) = run_texts(
        "Fidel Castro invited the Pope to Cuba. The pontiff arrived on Wednesday.",
        date="1998-01-21",
    )
    pope = next(a for a in r.actors if a.role and a.role.value == "pope")
    assert codes(pope) == ("VAT", "REL")


def test_a_persons_native_land_and_a_namesake_of_a_known_person_get_home() -> None:
    arrest, havana = run_texts(
        "The suspect, Khalfan Khamis Mohamed, was arrested. Mohamed allegedly rented a house "
        "in his native Tanzania.",
        "HAVANA (AP) -- Juan Miguel Gonzalez wrote a letter to his son.",
        date="2000-02-16",
    )
    assert codes(actor(arrest, "Khalfan Khamis Mohamed"))[0] == "TZA"
    assert codes(actor(havana, "Juan Miguel Gonzalez"))[0] == "CUB", "no known Gonzalez"


def test_a_body_named_in_a_generic_title_and_split_abbreviations_code_a_person() -> None:
    named, nominal = run_texts(
        "In Cape Town, police spokesman Capt. Rod Beer said the FBI arrested him.",
        "A police spokesman said so.",
    )
    assert codes(actor(named, "Rod Beer"))[1] == "COP"
    assert codes(actor(nominal, "A police spokesman"))[1] == "COP"


def test_a_title_before_the_served_name_still_names_whom_it_serves() -> None:
    (text,) = run_texts(
        "Ted Cruz campaigned in Iowa. An adviser to Senator Ted Cruz said the race was close.",
        date="2016-01-20",
    )
    assert codes(actor(text, "An adviser")) == ("USA", "PTY"), "the candidate's, not GOV"


def test_a_surname_of_several_words_and_the_person_a_title_serves() -> None:
    mayor, adviser, agency = run_texts(
        "Mayor Bill de Blasio spoke on Saturday. De Blasio added that there was no evidence.",
        "Saul Anuzis, a top adviser to Donald Trump, said Trump was right.",
        "The Department of Veterans Affairs said so. The VA released the report.",
        date="2016-09-17",
    )
    assert len([a for a in mayor.actors if a.type.value == "person"]) == 1
    assert codes(actor(adviser, "Saul Anuzis"))[1] == "PTY", "the candidate's sector"
    assert {codes(a) for a in agency.actors} == {("USA", "GOV")}


def test_an_acronym_is_the_organisation_whose_initials_it_spells() -> None:
    (r,) = run_texts(
        "The group that runs the system, United Network for Organ Sharing, or UNOS, objects. "
        "UNOS says the rules are wrong."
    )
    (unos,) = [a for a in r.actors if a.type.value == "organization"]
    assert len(unos.mention_ids) == 3


def test_a_located_group_may_open_with_a_modifier_and_a_place_with_a_demonym() -> None:
    opposition, golan = run_texts(
        "Opposition groups in Zimbabwe are demanding that the president resign.",
        "Druze inhabitants of the Syrian Golan Heights threatened to strike.",
    )
    assert codes(actor(opposition, "Opposition groups in Zimbabwe")) == ("ZWE", "OPP")
    assert codes(actor(golan, "inhabitants of the Syrian Golan Heights")) == ("SYR", "CVL")


def test_words_after_a_name_that_say_when_are_no_description() -> None:
    vote, attack, paper = run_texts(
        "The memo was written by Laura Keene, hours after the Senate vote.",
        "The memo was sent by Chief of Staff Laura Keene, more than three hours after the "
        "initial Benghazi attack.",
        "Contributing: Brittney Bennett and Greg Toppo, USA TODAY.",
        date="2014-05-01",
    )
    assert codes(actor(vote, "Laura Keene"))[1] is None, "she is no senator"
    assert codes(actor(attack, "Laura Keene"))[1] == "GOV"
    assert codes(actor(paper, "Greg Toppo")) == ("USA", "MED")
