"""A sitting president or vice president whom the text titles by the office keeps the state's
sector (GOV) while the story tells their campaign; a senator or governor running is a candidate
(PTY), and a person the text titles by no office takes the table's role of the day."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2000-01-20"


def test_a_titled_vice_president_whom_the_table_has_running_stays_gov() -> None:
    text = "Vice President Al Gore criticized Governor George W. Bush's tax plan in a speech."
    assert actor_sector(text, "Al Gore", DATE) == "GOV"


def test_the_same_person_titled_by_no_office_is_the_candidate() -> None:
    text = "Al Gore criticized Governor George W. Bush's tax plan in a speech."
    assert actor_sector(text, "Al Gore", DATE) == "PTY"


def test_a_sitting_president_whose_campaign_the_story_names_stays_gov() -> None:
    text = (
        "MANILA (AP) - President Rosa Dimas accused Senator Paulo Reyes of lying, two weeks "
        "before the election. Dimas's campaign called the charge false."
    )
    assert actor_sector(text, "Rosa Dimas", DATE) == "GOV"


def test_a_vice_president_whose_campaign_the_story_names_stays_gov() -> None:
    text = (
        "DES MOINES, Iowa (AP) - Vice President Ann Brody accused Senator Tom Harlan of lying, "
        "two days before the Iowa caucuses. Brody's campaign said the charge was false."
    )
    assert actor_sector(text, "Ann Brody", DATE) == "GOV"


def test_a_governor_whose_campaign_the_story_names_is_a_candidate() -> None:
    text = (
        "DES MOINES, Iowa (AP) - Governor Ann Brody accused Senator Tom Harlan of lying, "
        "two days before the Iowa caucuses. Brody's campaign said the charge was false."
    )
    assert actor_sector(text, "Ann Brody", DATE) == "PTY"


def test_a_candidate_the_text_titles_president_before_taking_office_stays_the_candidate() -> None:
    text = (
        "Donald Trump won the primary, and his backers already imagine it: enter President Trump."
    )
    assert actor_sector(text, "Donald Trump", "2016-02-10") == "PTY"
