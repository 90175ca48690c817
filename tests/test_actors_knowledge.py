"""Actor codes from knowledge of firms, outlets, NGOs and national societies (actors round 5)."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_well_known_firm_named_bare_is_a_business_of_its_country() -> None:
    (r,) = run_texts(
        "Libya handed over the men accused of blowing up Pan Am Flight 103 over Lockerbie.",
        date="1999-04-05",
    )
    assert codes(actor(r, "Pan Am")) == ("USA", "BUS")


def test_a_person_working_for_a_known_charity_is_ngo_staff() -> None:
    (r,) = run_texts(
        "Ann Walsh had been working for the Britain-based Mines Advisory Group when she was "
        "abducted in March.",
        date="1998-02-19",
    )
    assert codes(actor(r, "Mines Advisory Group")) == ("GBR", "NGO")
    assert codes(actor(r, "Ann Walsh")) == ("GBR", "NGO")


def test_a_red_cross_named_bare_is_the_home_countrys_society() -> None:
    bare, international = run_texts(
        "NAIROBI, Kenya (AP) _ At least 75 people were killed, the Red Cross said.",
        "GENEVA (AP) _ The International Committee of the Red Cross said aid was blocked.",
        date="1998-08-08",
    )
    assert codes(actor(bare, "Red Cross")) == ("KEN", "NGO")
    (icrc,) = [a for a in international.actors if "Red Cross" in a.name]
    assert codes(icrc) == (None, "NGO")


def test_staff_named_with_their_organisation_take_its_sector() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ FBI officials questioned the suspect. CIA officers left the base.",
        date="1999-01-22",
    )
    assert codes(actor(r, "FBI officials")) == ("USA", "COP")
    assert codes(actor(r, "CIA officers")) == ("USA", "SPY")


def test_americans_of_a_named_descent_are_american() -> None:
    (r,) = run_texts(
        "Trump attacked a Mexican-American federal judge on Friday. "
        "Cuban-Americans in Miami protested.",
        date="2016-06-09",
    )
    countries = {a.name: codes(a)[0] for a in r.actors}
    assert countries["a Mexican-American federal judge"] == "USA"
    assert "MEX" not in countries.values()
    assert codes(actor(r, "Cuban-Americans"))[0] == "USA"


def test_a_warship_named_by_its_kind_is_its_navys() -> None:
    (r,) = run_texts(
        "The British aircraft carrier invincible is patrolling the Gulf. "
        "The German carrier Lufthansa cancelled flights.",
        date="1998-02-05",
    )
    ship = next(a for a in r.actors if a.name == "invincible")
    assert codes(ship) == ("GBR", "MIL")
    assert all(codes(a) != ("DEU", "MIL") for a in r.actors), "a bare carrier may be an airline"


def test_a_military_title_of_an_armed_opposition_is_rebel() -> None:
    named, described, fighting = run_texts(
        "Rebel commander Tomas Abuja said the town had fallen.",
        "Gen. Tomas Abuja, the top commander of the guerrillas, said the town had fallen.",
        "Gen. Tomas Abuja, the commander of the troops fighting the rebels, said it had fallen.",
        date="1998-02-19",
    )
    assert codes(actor(named, "Tomas Abuja"))[1] == "REB"
    assert codes(actor(described, "Tomas Abuja"))[1] == "REB"
    assert codes(actor(fighting, "Tomas Abuja"))[1] == "MIL"


def test_a_senator_of_2016_named_bare_is_a_legislator() -> None:
    (r,) = run_texts("Kelly Ayotte said she would not vote for Trump.", date="2016-10-08")
    assert codes(actor(r, "Kelly Ayotte")) == ("USA", "LEG")


def test_leaders_are_coded_by_what_they_lead() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Senate Majority Leader Jon Hale met business leaders on Monday.",
        date="2016-04-14",
    )
    assert codes(actor(r, "Jon Hale")) == ("USA", "LEG")
    assert codes(actor(r, "business leaders")) == ("USA", "BUS")


def test_armed_groups_take_a_datelines_home_but_not_one_voted_by_the_articles_actors() -> None:
    voted, datelined = run_texts(
        "Obama and Clinton met Senate leaders in Congress. Clinton said the militias "
        "must disarm, and Obama agreed.",
        "KABUL, Afghanistan (AP) _ The militias attacked a convoy on Monday.",
        date="2016-01-16",
    )
    assert codes(actor(voted, "the militias"))[0] is None
    assert codes(actor(datelined, "The militias")) == ("AFG", "REB")


def test_a_dateline_naming_a_us_state_sets_the_home_country() -> None:
    (r,) = run_texts(
        "BUFFALO, N.Y. (AP) -- Authorities named James Kopp a suspect on Friday.",
        date="1999-05-07",
    )
    assert codes(actor(r, "James Kopp"))[0] == "USA"


def test_a_past_head_of_government_keeps_his_country_and_no_sector() -> None:
    (r,) = run_texts(
        "INDEPENDENCE, MO. (AP) -- Albright recalled Winston Churchill's speech.",
        date="1999-03-12",
    )
    assert codes(actor(r, "Winston Churchill")) == ("GBR", None)
