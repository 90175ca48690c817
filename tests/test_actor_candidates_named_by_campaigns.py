"""In an election story, a person whose campaign the text names is a candidate (PTY), whatever
seat they hold; a campaign against something is a drive, and a story with no contest keeps
the seat's sector."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2004-01-20"


def test_a_person_whose_campaign_an_election_story_names_is_a_candidate() -> None:
    text = (
        "DES MOINES, Iowa (AP) - Senator Tom Harlan accused Governor Ann Brody of lying, two "
        "days before the Iowa caucuses. Brody's campaign said the charge was false."
    )
    assert actor_sector(text, "Ann Brody", DATE) == "PTY"


def test_the_name_before_campaign_owns_it() -> None:
    text = (
        "LINCOLN, Neb. (AP) - Governor Ann Brody spoke in Omaha ahead of the primary. The "
        "Brody campaign accused Senator Tom Harlan of lying."
    )
    assert actor_sector(text, "Ann Brody", DATE) == "PTY"


def test_a_campaign_against_something_is_no_run_for_office() -> None:
    text = (
        "LONDON (Reuters) - Prime Minister Ian Cole's campaign against tax havens won support "
        "ahead of the election."
    )
    assert actor_sector(text, "Ian Cole", DATE) == "GOV"


def test_a_campaign_in_a_story_with_no_contest_keeps_the_seat() -> None:
    text = "LINCOLN, Neb. (AP) - Governor Ann Brody's campaign for lower taxes won support."
    assert actor_sector(text, "Ann Brody", DATE) == "GOV"
