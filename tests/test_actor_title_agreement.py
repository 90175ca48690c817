"""A title told again must fit its person's party and year, not only the office ("the GOP
nominee" is no Democrat, nor the 2012 nominee in a 2016 story); "New England" is a US region,
not England; "accused X of helping Y" says what X did, not whom X serves."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _sources(result: ArticleResult, trigger: str) -> list[str]:
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.actors]


def _country(result: ArticleResult, name: str) -> str | None:
    (actor,) = [a for a in result.actors if a.name == name]
    return actor.country.value if actor.country else None


def test_a_party_title_skips_a_person_of_the_other_party() -> None:
    (r,) = run_texts(
        "Democratic nominee Hillary Clinton spoke in Ohio on Monday. Donald Trump held a rally "
        "in Florida. Later, Clinton visited a school in Dayton. The GOP nominee criticized "
        "the trade deal on Tuesday.",
        date="2016-09-05",
    )
    assert _sources(r, "criticized") == ["Donald Trump"]


def test_a_title_skips_a_person_the_text_dates_to_an_earlier_year() -> None:
    (r,) = run_texts(
        "Donald Trump held a rally in Concord on Monday. Many voters there had backed 2012 GOP "
        "presidential nominee Mitt Romney. The GOP nominee criticized the trade deal on Tuesday.",
        date="2016-09-05",
    )
    assert _sources(r, "criticized") == ["Donald Trump"]


def test_new_england_is_in_the_united_states() -> None:
    (r,) = run_texts(
        "Mark Dolan, the campaign's New England director, criticized the governor on Monday."
    )
    assert _country(r, "Mark Dolan") == "USA"


def test_an_of_gerund_after_a_name_tells_no_country() -> None:
    (r,) = run_texts(
        "The senator accused Walter Brandt of helping Russian companies evade sanctions.",
        date="2016-09-05",
    )
    assert _country(r, "Walter Brandt") != "RUS"


def test_a_party_title_still_fits_a_person_whose_party_no_one_told() -> None:
    (r,) = run_texts(
        "Senator Wilma Corrigan of Maine spoke in Portland on Monday. The Republican senator "
        "criticized the trade deal on Tuesday.",
        date="2016-09-05",
    )
    assert _sources(r, "criticized") == ["Wilma Corrigan"]


def test_a_party_title_skips_a_third_party_candidate() -> None:
    (r,) = run_texts(
        "Donald Trump held a rally in Ohio on Monday. Hillary Clinton spoke in Iowa. "
        "Libertarian presidential candidate Gary Johnson spoke to students in Denver. The "
        "Democratic nominee criticized the trade deal on Tuesday.",
        date="2016-09-05",
    )
    assert _sources(r, "criticized") == ["Hillary Clinton"]


def test_a_year_of_an_event_told_before_the_name_does_not_date_the_person() -> None:
    (r,) = run_texts(
        "Republicans attacked the 2009 stimulus law President Barack Obama signed. "
        "The president criticized the Senate on Tuesday.",
        date="2015-11-18",
    )
    assert _sources(r, "criticized") == ["Barack Obama"]


def test_a_present_title_skips_a_person_who_left_that_office() -> None:
    (r,) = run_texts(
        "Former Governor Alan Mercer praised the school plan in Hartford on Monday. "
        '"The governor signed the budget without reading it," a teacher said.',
        date="2016-09-05",
    )
    assert _sources(r, "signed") != ["Alan Mercer"]


def test_a_state_title_links_the_one_person_whose_office_it_names() -> None:
    (r,) = run_texts(
        "Rep. Tom Keller is backing Sen. Anna Price for governor. The Ohio congressman will "
        "campaign for Price next week.",
        date="2016-03-01",
    )
    assert _sources(r, "campaign") == ["Tom Keller"]
