"""Names NER finds that are no actors, and names an analyst would write (actors round 6)."""

from __future__ import annotations

from tests.conftest import named_actor, run_texts


def names(text: str) -> list[str]:
    (r,) = run_texts(text)
    return [a.name for a in r.actors]


def test_promotion_lines_and_handles_are_not_actors() -> None:
    found = names(
        "Senator Mary Hale criticized the plan on Tuesday.\n\n"
        "Follow Daily Courier reporter Tom Brandt on Twitter at @tbrandt."
    )
    assert "Mary Hale" in found
    assert not {"Tom Brandt", "@tbrandt", "Twitter", "Follow Daily Courier"} & set(found)


def test_a_title_case_headline_is_not_one_long_name() -> None:
    found = names(
        "Denver Bank Robbery Suspect Named By Police\n\nPolice on Friday named the suspect."
    )
    assert not [n for n in found if "Named" in n]
    assert "Police" in found


def test_a_social_platform_is_no_person() -> None:
    found = names("Donald Trump attacked Jeb Bush on Twitter.")
    assert {"Donald Trump", "Jeb Bush"} <= set(found)
    assert "Twitter" not in found


def test_a_name_after_a_possessive_is_the_person_alone() -> None:
    found = names("On Monday, Politico’s Joel Pollak said the senator had lied.")
    assert "Joel Pollak" in found
    assert not [n for n in found if "’s Joel" in n]


def test_a_title_with_an_of_phrase_is_one_person() -> None:
    found = names("The Secretary of State met the foreign minister of Egypt on Monday.")
    assert "The Secretary of State" in found
    assert "State" not in found


def person_codes(text: str, name: str) -> tuple[str | None, str | None]:
    (r,) = run_texts(text)
    person = named_actor(r, name)
    return (
        person.country.value if person.country else None,
        person.sector.value if person.sector else None,
    )


HOME = "WASHINGTON (AP) _ The Pentagon, the FBI and Congress were told on Monday. "


def test_a_foreign_title_before_a_comma_codes_the_name_after_it() -> None:
    text = HOME + "An Iranian spokesman, Hamid Reza, rejected the claim."
    assert person_codes(text, "Hamid Reza") == ("IRN", "GOV")


def test_a_demonym_before_coordinated_names_codes_each_of_them() -> None:
    text = HOME + "Two Libyan suspects, Amin Fhima and Basset Megra, were charged."
    assert person_codes(text, "Amin Fhima")[0] == "LBY"


def test_a_country_before_a_comma_is_no_title_of_the_name_after_it() -> None:
    text = "Trump wants to ban Muslims from entering the United States, Hillary Clinton said."
    (r,) = run_texts(text)
    assert any(a.name == "United States" for a in r.actors)


def test_a_title_owned_by_a_named_person_is_a_person_of_the_owners_country() -> None:
    text = "Rebels attacked a convoy. Yeltsin's spokesman denied the report."
    assert person_codes(text, "Yeltsin's spokesman") == ("RUS", "GOV")


def test_an_owned_title_before_a_name_and_its_comma_codes_the_name() -> None:
    text = HOME + "Vacco's campaign manager, Matt Behrmann, said Spitzer had lied."
    assert person_codes(text, "Matt Behrmann") == ("USA", "PTY")


def test_a_place_phrase_before_a_comma_is_no_title_of_the_name_after_it() -> None:
    (r,) = run_texts("Speaking at the Dutch embassy, Viktor Orban said the war was over.")
    assert "Dutch embassy" in [a.name for a in r.actors]


def test_web_addresses_and_streets_are_not_actors() -> None:
    found = names(
        "Mayor Bill de Blasio opened a gallery on Gansevoort St. on Monday. "
        "Read more from the Daily Courier: http://bit.ly/1abcXYZ\n\n"
        "Downing Street rejected the plan."
    )
    assert "Bill de Blasio" in found and "Downing Street" in found
    assert not [n for n in found if "http" in n or "Gansevoort" in n]


def test_the_vatican_is_the_holy_see() -> None:
    text = HOME + "Vatican spokesman Federico Lombardi said the Vatican rejected the plan."
    assert person_codes(text, "Federico Lombardi")[0] == "VAT"
    (r,) = run_texts(text)
    assert "VAT" in {a.country.value for a in r.actors if a.type == "country" and a.country}


def test_laws_and_public_programmes_are_not_actors() -> None:
    found = names(
        "Senator Mary Hale said the Employee Free Choice Act would pass and that Social "
        "Security and Medicare were safe. The Social Security Administration disagreed."
    )
    assert {"Mary Hale", "Social Security Administration"} <= set(found)
    assert not {"Employee Free Choice Act", "Social Security", "Medicare"} & set(found)


def test_a_country_inside_a_state_name_in_a_body_is_not_its_country() -> None:
    (r,) = run_texts(
        "The New Jersey Devils sued New Mexico State University. Papua New Guinea protested."
    )
    countries = {a.name: a.country.value if a.country else None for a in r.actors}
    assert countries["New Jersey Devils"] != "JEY"
    assert countries["New Mexico State University"] != "MEX"
    assert countries["Papua New Guinea"] == "PNG"
