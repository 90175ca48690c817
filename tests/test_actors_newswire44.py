"""Office holders of 1989-2000 world news read on the article's date (newswire44), and who
hands over captives an armed group holds."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import event_at, run_texts


def codes_of(result: ArticleResult, name: str) -> tuple[str | None, str | None]:
    """The country and sector of the article's actor with this name."""
    actor = next(a for a in result.actors if a.name == name)
    return actor.country_code, actor.sector_code


def test_an_envoy_of_the_balkan_wars_is_his_state_s_not_a_newspaper() -> None:
    (result,) = run_texts(
        "SKOPJE, Macedonia (AP) _ Christopher Hill met Albanian leaders in Pristina on Monday.",
        date="1998-06-15",
    )
    assert codes_of(result, "Christopher Hill") == ("USA", "GOV")


def test_a_leader_named_with_joined_initials_is_the_known_one() -> None:
    (result,) = run_texts(
        "JAKARTA, Indonesia (AP) _ B.J. Habibie promised elections next year.",
        date="1998-07-02",
    )
    assert codes_of(result, "B.J. Habibie") == ("IDN", "GOV")


def test_a_commander_who_turned_against_the_government_is_a_rebel_then() -> None:
    (result,) = run_texts(
        "BANGKOK, Thailand (AP) _ Nhek Bunchhay said his fighters had held the border post.",
        date="1998-02-20",
    )
    assert codes_of(result, "Nhek Bunchhay") == ("KHM", "REB")


def test_a_rebel_commander_reporting_a_handover_is_its_doer() -> None:
    (result,) = run_texts(
        "BANGKOK, Thailand (AP) _ The hostages would be handed over to the Thai army, "
        "Nhek Bunchhay said Thursday.",
        date="1998-02-20",
    )
    event = event_at(result, "handed over")
    assert {(a.name, a.country) for a in event.actors} == {("Nhek Bunchhay", "KHM")}


def test_a_bare_police_first_named_at_a_sentence_start_stays_the_dateline_s() -> None:
    (result,) = run_texts(
        "KAMPALA, Uganda (AP) _ Police detained four students on Friday. "
        "The British ambassador later thanked the police for their restraint.",
        date="1999-05-07",
    )
    event = event_at(result, "thanked")
    assert {(p.country, p.sector) for p in event.recipients} == {("UGA", "COP")}


def test_groups_called_foreign_take_no_home_country() -> None:
    (result,) = run_texts(
        "TIRANA, Albania (AP) _ Foreign journalists criticized the vote count. "
        "Foreign Ministry officials rejected the criticism.",
        date="1997-07-01",
    )
    assert codes_of(result, "Foreign journalists")[0] is None
    assert codes_of(result, "Foreign Ministry officials") == ("ALB", "GOV")


def test_a_foreign_group_acted_on_is_no_people_of_the_doer_s_country() -> None:
    (result,) = run_texts(
        "LUSAKA, Zambia (AP) _ The president accused a foreign government of funding the rebels.",
        date="1997-11-03",
    )
    event = event_at(result, "accused")
    assert all(p.country != "ZMB" for p in event.recipients)


def test_a_group_whose_owner_a_demonym_names_is_that_state_s() -> None:
    (result,) = run_texts(
        "WASHINGTON (AP) _ The senator met a Kenyan lawmaker whose supporters marched on Monday.",
        date="1998-10-12",
    )
    assert codes_of(result, "a Kenyan lawmaker's supporters")[0] == "KEN"


def test_a_group_of_states_is_no_dateline_s_body() -> None:
    (result,) = run_texts(
        "BELGRADE, Yugoslavia (AP) _ The government rejected the Contact Group's plan on Monday.",
        date="1998-04-20",
    )
    assert codes_of(result, "Contact Group") == (None, "IGO")


def test_a_people_named_by_the_land_it_lives_in_is_that_state_s() -> None:
    (result,) = run_texts(
        "PRISTINA, Yugoslavia (AP) _ Kosovo Albanians marched through the town on Friday.",
        date="1998-03-13",
    )
    assert codes_of(result, "Kosovo Albanians") == ("YUG", "CVL")


def test_a_people_named_by_a_land_of_several_words_is_that_land_s_state() -> None:
    york, jersey = run_texts(
        "MIAMI (AP) _ New York Cubans protested outside the Cuban mission on Monday.",
        "MIAMI (AP) _ New Jersey Cubans criticized Castro on Monday.",
        date="1998-03-10",
    )
    assert codes_of(york, "New York Cubans")[0] == "USA"  # not York's Britain
    assert codes_of(jersey, "New Jersey Cubans")[0] == "USA"  # not the island of Jersey


def test_a_title_naming_a_people_by_its_land_is_that_land_s_state() -> None:
    (result,) = run_texts(
        "NAIROBI, Kenya (AP) _ Kosovo Albanian leader Ibrahim Rugova met Madeleine Albright.",
        date="1998-03-10",
    )
    assert codes_of(result, "Ibrahim Rugova")[0] == "YUG"  # Kosovo's, not Albania's


def test_a_separatist_leader_is_known_between_the_wars() -> None:
    (result,) = run_texts(
        "MOSCOW (AP) _ Aslan Maskhadov accused Russia of breaking the peace treaty.",
        date="1998-03-10",
    )
    assert codes_of(result, "Aslan Maskhadov") == ("RUS", "REB")


def test_a_party_leader_back_from_office_leads_his_party_again() -> None:
    (result,) = run_texts(
        "BELGRADE, Yugoslavia (AP) _ Vojislav Seselj criticized the new government.",
        date="2000-12-01",
    )
    assert codes_of(result, "Vojislav Seselj") == ("YUG", "PTY")
