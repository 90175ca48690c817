"""Volunteers and canvassers in a story about an election contest are the campaign's (PTY, as
the coding rules code campaign staff); elsewhere they are civilians (CVL). Aides and advisers
"to" a candidate serve the candidate as the candidate's own aides do; aides to a president
serve the government. Bare aides in a campaign story serve the candidate the story tells of
there (whose campaign it names, or its subject), and stay the state's with no candidate near."""

from __future__ import annotations

from .conftest import actor_codes, named_actor, run_texts


def _sectors(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2012-01-02")
    return {a.name: a.sector.value if a.sector else None for a in result.actors}


def test_volunteers_in_a_primary_story_are_the_campaigns() -> None:
    sectors = _sectors(
        "Two days before the Iowa caucuses, Governor Perry thanked volunteers in Ames."
    )
    assert sectors["volunteers in Ames"] == "PTY"


def test_volunteers_in_another_story_are_civilians() -> None:
    sectors = _sectors("After the storm, volunteers in Ames accused the city of ignoring them.")
    assert sectors["volunteers"] == "CVL"


def test_aides_to_a_candidate_are_the_campaigns() -> None:
    text = (
        "Hillary Clinton spoke in Houston. Aides to Clinton say she is shifting her tack "
        "toward rival Bernie Sanders."
    )
    assert actor_codes(text, "Aides to Clinton") == ("USA", "PTY")


def test_aides_to_a_president_serve_the_government() -> None:
    text = "President Obama spoke on Monday. Aides to Mr. Obama said he was haunted by the case."
    assert actor_codes(text, "Aides to Mr. Obama") == ("USA", "GOV")


def test_bare_aides_after_a_candidate_are_the_campaigns() -> None:
    text = (
        "Hillary Clinton campaigned in Iowa before the caucuses on Monday. "
        "Aides said she would stay in the state."
    )
    assert actor_codes(text, "Aides")[1] == "PTY"


def test_bare_aides_where_a_campaign_is_named_are_the_campaigns() -> None:
    text = (
        "The Trump campaign attacked Jeb Bush before the New Hampshire primary. "
        "Aides said the ads would run all week."
    )
    assert actor_codes(text, "Aides")[1] == "PTY"


def test_bare_aides_cite_the_campaign_they_serve() -> None:
    text = (
        "Hillary Clinton's campaign attacked Bernie Sanders before the Iowa caucuses. "
        "Aides said the ads would run all week."
    )
    assert _sector_evidence(text, "Aides") == "Hillary Clinton's campaign"


def test_bare_aides_of_a_candidate_subject_cite_their_own_noun() -> None:
    text = (
        "Hillary Clinton campaigned in Iowa before the caucuses on Monday. "
        "Aides said she would stay in the state."
    )
    assert _sector_evidence(text, "Aides") == "Aides"


def _sector_evidence(text: str, name: str) -> str | None:
    (result,) = run_texts(text, date="2016-05-02")
    actor = named_actor(result, name)
    assert actor.sector is not None and actor.sector.value == "PTY"
    return actor.sector.evidence.text if actor.sector.evidence else None


def test_bare_aides_after_a_president_serve_the_government() -> None:
    text = (
        "President Obama spoke in Iowa before the caucuses on Monday. "
        "Aides said he would stay in the state."
    )
    assert actor_codes(text, "Aides")[1] == "GOV"


def test_bare_aides_with_no_candidate_near_serve_the_government() -> None:
    text = "Voters in Iowa go to the caucuses on Monday. Aides said the state was close."
    assert actor_codes(text, "Aides")[1] == "GOV"
