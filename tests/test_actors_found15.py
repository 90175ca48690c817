"""Actors a reader names that eventwire used to miss: capitals standing for states as objects,
peoples, bodies named by a common noun, names with a possessive inside."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts
from tests.test_actors import actor


def names(result: ArticleResult) -> set[str]:
    return {a.name for a in result.actors}


def test_a_capital_that_undergoes_an_act_stands_for_its_country() -> None:
    (r,) = run_texts(
        "Washington accused Baghdad of lying. The U.N. imposed sanctions against Tehran. "
        "He flew to Moscow on Friday."
    )
    assert {"Iraq", "Iran"} <= names(r)
    assert actor(r, "Iraq").country.value == "IRQ"
    assert "Russia" not in names(r)


def test_a_regions_people_is_coded_with_its_state() -> None:
    (r,) = run_texts("Chechen rebels attacked a convoy. Tibetan monks protested on Monday.")
    assert actor(r, "Chechen rebels").country.value == "RUS"
    assert actor(r, "Tibetan monks").country.value == "CHN"


def test_a_spokeswoman_for_a_candidate_works_for_the_candidate() -> None:
    (r,) = run_texts(
        "Republican presidential candidate Donald Trump tweeted an image. "
        "Hope Hicks, a spokeswoman for Trump, did not respond to a request for comment.",
        date="2016-07-03",
    )
    hicks = actor(r, "Hope Hicks")
    assert (hicks.country.value, hicks.sector.value) == ("USA", "PTY")


def test_a_title_owned_by_a_private_person_has_no_state_sector() -> None:
    (r,) = run_texts(
        "Gore has kept his silence. Betsy McManus, Gore's communications director, "
        "told a reporter that he would wait.",
        date="2016-07-24",
    )
    assert actor(r, "Betsy McManus").sector is None  # Gore holds no office in 2016


def test_a_body_named_by_a_common_noun_is_an_actor() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - The 22-member state Republican central committee will pick a "
        "nominee. A federal grand jury indicted him. The committee voted to subpoena her.",
        date="2016-07-14",
    )
    party = actor(r, "state Republican central committee")
    assert (party.country.value, party.sector.value) == ("USA", "PTY")
    assert actor(r, "federal grand jury").sector.value == "JUD"
    assert actor(r, "The committee").sector.value == "LEG"


def test_a_named_committee_keeps_its_chambers_sector() -> None:
    (r,) = run_texts("The House Select Committee on Benghazi questioned Clinton on Thursday.")
    assert actor(r, "House Select Committee on Benghazi").sector.value == "LEG"


def test_a_possessive_that_opens_a_bodys_name_is_part_of_it() -> None:
    (r,) = run_texts(
        "It is a first, said Robert Egge, executive director of the Alzheimer's Impact "
        "Movement, whose advocates lean on all campaigns."
    )
    assert "Alzheimer's Impact Movement" in names(r)
    assert "Impact Movement" not in names(r)


def test_a_body_named_with_its_members_leaves_the_members_acting() -> None:
    (r,) = run_texts("A task force of US and Canadian officials is investigating the attacks.")
    assert {"US officials", "Canadian officials"} <= names(r)
    assert not any("task force" in n for n in names(r))


def test_us_federal_agencies_and_dailies_are_known() -> None:
    (r,) = run_texts(
        "The Tennessean first reported the decision. The FDIC cleared the merger.",
        date="1999-05-01",
    )
    paper, fdic = actor(r, "The Tennessean"), actor(r, "FDIC")
    assert (paper.country.value, paper.sector.value) == ("USA", "MED")
    assert (fdic.country.value, fdic.sector.value) == ("USA", "GOV")


def test_a_force_many_states_send_takes_no_home_country() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - The president said coalition forces had pushed back the militants. "
        "The police arrived later."
    )
    assert actor(r, "coalition forces").country is None
    assert actor(r, "The police").country.value == "USA"


def test_a_body_named_for_its_place_is_that_places_countrys() -> None:
    (r,) = run_texts(
        "Dime Savings Bank of New York will acquire Starpointe Savings Bank of Somerset, "
        "N.J., the banks said. Union Bank of Finland agreed."
    )
    assert actor(r, "Dime Savings Bank").country.value == "USA"
    assert actor(r, "Starpointe Savings Bank").country.value == "USA"
    assert actor(r, "Union Bank of Finland").country.value == "FIN"


def test_speechwriters_and_communications_directors_work_where_they_serve() -> None:
    (r,) = run_texts(
        "The GOP speechwriter said he would not vote for Trump. "
        "Jon Favreau, Obama's speechwriter, declined to comment.",
        date="2016-08-17",
    )
    assert actor(r, "The GOP speechwriter").sector.value == "PTY"
    assert actor(r, "Jon Favreau").sector.value == "GOV"
