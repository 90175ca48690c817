"""A foreign person's country told by their own description beats the article's home country:
an office named with its country before the name ("The Chinese finance minister … The finance
minister, Wu Danhong, …"), and a title held in a foreign person's service ("X, King Hussein's
political adviser")."""

from __future__ import annotations

import pytest

from .conftest import actor_codes, run_texts

OFFICE_FIRST = (
    "WASHINGTON (AP) -- The Chinese finance minister criticized the new tariffs on Monday. "
    "The finance minister, Wu Danhong, said the tariffs would hurt trade."
)


def test_a_definite_title_takes_the_country_of_the_office_named_before() -> None:
    assert actor_codes(OFFICE_FIRST, "Wu Danhong") == ("CHN", "GOV")


def test_the_office_named_first_is_the_person_named_after_it() -> None:
    (result,) = run_texts(OFFICE_FIRST, date="2016-05-02")
    people = [a.name for a in result.actors if a.type == "person"]
    assert people == ["Wu Danhong"]


def test_an_office_of_another_country_named_before_gives_none() -> None:
    text = (
        "WASHINGTON (AP) -- The Chinese finance minister criticized the new tariffs. "
        "Treasury Secretary Jack Lew said the tariffs would stay."
    )
    assert actor_codes(text, "Jack Lew")[0] == "USA"


def test_a_title_in_a_foreign_leaders_service() -> None:
    text = (
        "WASHINGTON (AP) -- King Hussein of Jordan arrived in Washington on Monday. "
        "Prince Talal, King Hussein's cousin and chief adviser, criticized the embargo."
    )
    assert actor_codes(text, "Talal", "1990-08-15")[0] == "JOR"


@pytest.mark.parametrize(
    "said",
    ["Kalnins is a Latvian citizen.", "Kalnins is a citizen of Latvia.", "Kalnins is Latvian."],
)
def test_a_nationality_in_the_persons_own_predicate(said: str) -> None:
    text = f"WASHINGTON (AP) -- Peter Kalnins met Senator Mark Warner on Monday. {said}"
    assert actor_codes(text, "Peter Kalnins")[0] == "LVA"


def test_a_nationality_in_a_who_clause() -> None:
    text = "WASHINGTON (AP) -- Peter Kalnins, who is French, met Senator Mark Warner on Monday."
    assert actor_codes(text, "Peter Kalnins")[0] == "FRA"


def test_a_denied_nationality_leaves_the_home_country() -> None:
    text = (
        "WASHINGTON (AP) -- Peter Kalnins met Senator Mark Warner on Monday. "
        "Kalnins is not a Latvian citizen."
    )
    assert actor_codes(text, "Peter Kalnins")[0] == "USA"


def test_an_official_a_states_spokesman_reports_on() -> None:
    text = (
        "Soviet Foreign Ministry spokesman Pavel Orlenko said special ambassador Igor "
        "Petrenko left Tuesday for talks in Damascus."
    )
    assert actor_codes(text, "Igor Petrenko", "1990-08-15") == ("SUN", "GOV")


def test_a_nationality_predicate_is_coded_as_of_the_articles_day() -> None:
    text = (
        "WASHINGTON (AP) -- Peter Kalnins met Senator Sam Nunn on Monday to discuss the "
        "treaty. Kalnins is a Soviet citizen."
    )
    assert actor_codes(text, "Peter Kalnins", "1990-08-15")[0] == "SUN"


def test_a_spokesman_for_people_in_a_foreign_place() -> None:
    text = (
        "WASHINGTON (AP) -- ``The boy belongs with his mother,'' said Carlos Ruiz, spokesman "
        "for the boy's grandparents in Havana."
    )
    assert actor_codes(text, "Carlos Ruiz", "2000-02-16")[0] == "CUB"


def test_a_later_title_names_the_office_it_ends() -> None:
    text = (
        "WASHINGTON (AP) -- Venezuelan Foreign Minister Juan Perez met Secretary of State "
        "Madeleine Albright on Monday to discuss the treaty. The Venezuelan minister said the "
        "talks went well."
    )
    (result,) = run_texts(text, date="2000-02-16")
    people = {a.name: a.country_code for a in result.actors if a.type == "person"}
    assert people == {"Juan Perez": "VEN", "Madeleine Albright": "USA"}


def test_a_later_title_with_a_posting_is_no_person_named_bare() -> None:
    text = (
        "WASHINGTON (AP) -- Special ambassador Igor Petrenko left Tuesday for talks in "
        "Damascus. The Iraqi ambassador to Greece said foreigners could leave."
    )
    assert actor_codes(text, "Igor Petrenko", "1995-08-15")[0] != "IRQ"
