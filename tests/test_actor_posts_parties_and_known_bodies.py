"""Actors a coder finds in US political news: a state party's leaders are the party's (PTY),
a commander or envoy posted abroad is not the host state's, "the GOP front-runner" is a
party's candidate (no armed "front"), and magazines, combatant commands and the Scouts are known."""

from __future__ import annotations

from eventwire.model import Actor
from tests.conftest import run_texts


def _actors(text: str, date: str = "2016-05-02") -> list[Actor]:
    (r,) = run_texts(text, date=date)
    return r.actors


def _codes(actors: list[Actor], word: str) -> tuple[str | None, str | None]:
    actor = next(a for a in actors if word in a.name)
    return actor.country_code, actor.sector_code


def test_a_states_party_leaders_are_the_partys() -> None:
    actors = _actors("Kansas Republican leaders rejected the new caucus rules on Friday.")
    assert _codes(actors, "Kansas") == ("USA", "PTY")
    assert any(a.name == "Kansas Republican leaders" for a in actors)


def test_two_states_party_officials_stay_apart() -> None:
    text = "Maine Democratic officials praised the senator. Utah Republican officials rejected him."
    names = {a.name for a in _actors(text)}
    assert {"Maine Democratic officials", "Utah Republican officials"} <= names


def test_party_officials_in_a_state_are_the_partys() -> None:
    actors = _actors("Senior Democratic officials in Oregon criticized the governor's plan.")
    assert _codes(actors, "officials") == ("USA", "PTY")


def test_a_commander_posted_abroad_is_the_sending_states() -> None:
    text = "Gen. Paul Barker, the former commander in Iraq, praised the senator's plan."
    assert _codes(_actors(text), "Barker")[0] != "IRQ"


def test_an_ambassador_named_with_his_post_is_the_sending_states() -> None:
    text = "Tom Keller, a former ambassador to Kenya, endorsed the governor on Monday."
    assert _codes(_actors(text), "Keller")[0] != "KEN"


def test_the_party_front_runner_is_no_armed_front() -> None:
    actors = _actors("The GOP front-runner attacked the senator's tax plan.")
    assert not any(a.sector_code == "REB" or "front" in a.name for a in actors)


def test_a_magazine_named_alone_is_news_media() -> None:
    actors = _actors("Forbes accused the developer of inflating his fortune.")
    assert _codes(actors, "Forbes") == ("USA", "MED")


def test_a_combatant_command_is_the_us_military() -> None:
    actors = _actors("Central Command rejected the report on Tuesday.")
    assert _codes(actors, "Central Command") == ("USA", "MIL")


def test_the_joint_staff_is_the_us_military() -> None:
    actors = _actors("The Joint Staff rejected the request from the White House.")
    assert _codes(actors, "Joint Staff") == ("USA", "MIL")


def test_the_scouts_are_a_civic_organisation() -> None:
    actors = _actors("The Boy Scouts rejected the pastor's demand.")
    assert _codes(actors, "Boy Scouts") == ("USA", "NGO")
