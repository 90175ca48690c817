"""One threat noun with no mark of a threat made (content, aim, doer, owner, a making verb, or
an act it is "of") names a danger someone faces, not a threat anyone made: no THREATEN. A threat
made keeps its type."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-02")
    return [e.type for e in result.events]


def test_a_danger_faced_or_lived_under_is_no_threat() -> None:
    assert _types('"We face a serious threat of homegrown extremism," Senator Collins said.') == []
    text = '"All of Belgium is under the threat of Islamist terrorism," said Prime Minister Michel.'
    assert _types(text) == []
    assert _types("Senator Warren takes the threat of Trump very seriously, an aide said.") == []


def test_a_danger_to_something_is_no_threat() -> None:
    assert (
        _types("Cameron understands that the threat to British society is not immigration.") == []
    )


def test_a_danger_something_poses_is_no_threat() -> None:
    assert _types("Merkel stressed the threat that Islamist terrorism poses to Germany.") == []


def test_a_threat_made_stays_a_threat() -> None:
    assert _types("The minister issued a threat to the striking miners on Tuesday.") == ["THREATEN"]
    assert _types("The mayor's threat to close the port angered the dockers.") == ["THREATEN"]
