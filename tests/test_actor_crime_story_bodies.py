"""Bare "authorities", "the task force" and "investigators" in a story about a crime, a police
investigation or an attack are the home country's law enforcement (COP); elsewhere bare
"authorities" stay the state's (GOV), and an owned or foreign body keeps its own codes."""

from __future__ import annotations

from tests.conftest import actor_codes

DATE = "1999-01-22"
CRIME = (
    "DAYTON, Ohio (AP) - A pharmacist was found dead in his store, and police said a gunman "
    "had fled with the cash. Detectives named no suspect. "
)


def test_bare_authorities_in_a_crime_story_are_police() -> None:
    text = CRIME + "Authorities appealed to the public for help on Friday."
    assert actor_codes(text, "Authorities", DATE) == ("USA", "COP")


def test_a_bare_task_force_in_a_crime_story_is_police() -> None:
    text = CRIME + "The task force appealed to the public for help on Friday."
    assert actor_codes(text, "The task force", DATE) == ("USA", "COP")


def test_bare_authorities_in_a_story_with_no_crime_stay_the_state() -> None:
    text = "DAYTON, Ohio (AP) - Authorities rejected the union's demand for higher wages on Friday."
    assert actor_codes(text, "Authorities", DATE) == ("USA", "GOV")


def test_foreign_authorities_in_a_crime_story_keep_their_codes() -> None:
    text = CRIME + "Mexican authorities rejected a request to join the search on Friday."
    assert actor_codes(text, "Mexican authorities", DATE) == ("MEX", "GOV")
