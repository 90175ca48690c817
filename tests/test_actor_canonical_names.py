"""A known person the text calls by surname alone is shown by the table's full name, with the
text's forms kept as mentions; a handle's office title picks among namesakes; a bullet hyphen
is no part of the name after it."""

from __future__ import annotations

from tests.conftest import run_texts

TWEET = '<tweet pic="" author="{}" timestamp="1449075600" tweet_id="1">{}</tweet>'


def _actors(text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date=date)
    return {a.name: (a.country_code, a.sector_code) for a in result.actors}


def test_a_surname_takes_the_known_full_name() -> None:
    text = "President Obama criticized the senators on Tuesday over the budget."
    (result,) = run_texts(text, date="2015-03-10")
    actor = next(a for a in result.actors if a.country_code == "USA" and a.sector_code == "GOV")
    assert actor.name == "Barack Obama"
    mentions = [m.evidence.text for m in result.mentions if m.actor_id == actor.id]
    assert "Obama" in mentions


def test_the_event_sides_show_the_full_name() -> None:
    text = "Merkel met Hollande in Berlin on Monday to discuss the refugee crisis."
    (result,) = run_texts(text, date="2015-09-07")
    (event,) = result.events
    sides = ([p.name for p in event.actors], [p.name for p in event.recipients])
    assert sides == (["Angela Merkel"], ["Francois Hollande"])


def test_a_surname_no_one_bears_in_office_that_day_stays_as_written() -> None:
    text = "Obama, a lawyer, criticized the city council on Tuesday over the budget."
    assert "Barack Obama" not in _actors(text, "1995-03-10")


def test_a_handle_title_picks_the_namesake_holding_that_office() -> None:
    text = "Officials spoke.\n\n" + TWEET.format("GovChristie", "Praying for the victims.")
    assert _actors(text, "2015-12-02").get("Chris Christie") == ("USA", "PTY")


def test_a_bullet_hyphen_is_no_part_of_the_name() -> None:
    text = "Results came in.\n\n-Bernie Sanders won 84 percent of young voters in Iowa."
    (result,) = run_texts(text, date="2016-02-02")
    assert "Bernie Sanders" in {a.name for a in result.actors}
    assert not any(m.evidence.text.startswith("-") for m in result.mentions)


def test_a_title_of_another_office_keeps_the_name_written() -> None:
    text = "Reagan gained from President Carter's handling of the hostage crisis, Smith wrote."
    names = set(_actors(text, "2016-08-19"))
    assert "Ronald Reagan" in names
    assert "Ash Carter" not in names
