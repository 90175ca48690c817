"""A description by what the news knows a person as ("the billionaire", "the Democratic
front-runner") names the one person told before whom the known descriptions table gives it on
the article's day and whose party fits; two who fit, or none, leave it unlinked, and a name in
apposition right after it is that person whatever the table says."""

from __future__ import annotations

from tests.conftest import run_texts

DAY = "2016-02-10"


def _linked(text: str, phrase: str, day: str = DAY) -> list[str]:
    """Names of the actors a mention saying `phrase` is linked to."""
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date=day)
    ids = {m.actor_id for m in result.mentions if m.evidence.text == phrase}
    return [a.name for a in result.actors if a.id in ids]


def _doers(text: str, trigger: str) -> list[str]:
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date=DAY)
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.actors]


def test_a_party_front_runner_is_the_leader_of_that_party_race() -> None:
    text = (
        "Bernie Sanders held a rally in Reno on Sunday. Hillary Clinton spoke in Denver. "
        "The Democratic front-runner then criticized Sanders over guns."
    )
    assert _linked(text, "The Democratic front-runner") == ["Hillary Clinton"]
    assert _doers(text, "criticized") == ["Hillary Clinton"]


def test_a_front_runner_named_by_a_party_acronym_is_its_leader_not_the_party() -> None:
    text = (
        "Donald Trump spoke in Tampa on Sunday. "
        "The GOP front-runner then accused the state party of cheating him."
    )
    assert _linked(text, "The GOP front-runner") == ["Donald Trump"]
    assert _doers(text, "accused") == ["Donald Trump"]


def test_the_other_party_front_runner_is_not_the_person_named() -> None:
    text = (
        "Hillary Clinton spoke in Denver on Sunday. "
        "The Republican frontrunner later mocked her in a speech."
    )
    assert "Hillary Clinton" not in _linked(text, "The Republican frontrunner")


def test_a_front_runner_without_a_party_is_the_only_leader_named() -> None:
    text = (
        "Donald Trump spoke in Tampa on Sunday. Ted Cruz spoke in Austin. "
        "Supporters of the front-runner cheered in Ohio."
    )
    assert _linked(text, "the front-runner") == ["Donald Trump"]


def test_two_leaders_named_leave_a_front_runner_without_a_party_alone() -> None:
    text = (
        "Donald Trump spoke in Tampa on Sunday. Hillary Clinton spoke in Denver. "
        "Supporters of the front-runner cheered in Ohio."
    )
    assert _linked(text, "the front-runner") == []


def test_a_front_runner_is_so_only_while_the_race_lasts() -> None:
    text = "Donald Trump spoke in Tampa on Sunday. Critics of the frontrunner met in Ohio."
    assert _linked(text, "the frontrunner", day="2018-05-01") == []


def test_a_name_in_apposition_is_the_front_runner() -> None:
    text = (
        "Donald Trump spoke in Tampa on Sunday. Protesters booed the Democratic "
        "front-runner, Hillary Clinton, in Las Vegas."
    )
    assert _linked(text, "the Democratic front-runner") == ["Hillary Clinton"]


def test_a_known_billionaire_is_the_billionaire_though_the_story_never_says_so() -> None:
    text = (
        "Donald Trump toured a steel mill on Monday. Marco Rubio visited a school. "
        "The billionaire later accused Rubio of lying."
    )
    assert _linked(text, "The billionaire") == ["Donald Trump"]


def test_two_known_billionaires_leave_the_billionaire_alone() -> None:
    text = (
        "Donald Trump and Michael Bloomberg dined in Manhattan on Monday. "
        "The billionaire later accused Marco Rubio of lying."
    )
    assert _linked(text, "The billionaire") == []


def test_a_speaker_after_the_comma_is_no_apposition() -> None:
    text = (
        "Hillary Clinton spoke in Denver on Sunday. "
        "Regarding the Democratic front-runner, Walter Penhall said she had done well."
    )
    assert _linked(text, "the Democratic front-runner") == ["Hillary Clinton"]


def test_a_party_front_runner_is_found_when_a_quote_names_him_with_an_initial() -> None:
    text = (
        'Donald Trump spoke in Tampa on Sunday, saying: "Donald J. Trump will win Florida." '
        "Hillary Clinton later called the Republican front-runner a bully."
    )
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date=DAY)
    event = next(e for e in result.events if e.trigger.text == "called")
    assert [p.country for p in event.recipients] == ["USA"]
    assert "Trump" in event.recipients[0].name
