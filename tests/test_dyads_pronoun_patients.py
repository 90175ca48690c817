"""A passive with no doer named is aimed at its subject when the text names it, also when
the subject is "it" or "they" standing for a named group."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_it_standing_for_a_named_team_is_the_target_of_an_agentless_attack() -> None:
    (r,) = run_texts(
        "Irish engineer Liam Boyle's team was repairing a road near the border "
        "when it was attacked."
    )
    assert [p.country for p in event_at(r, "attacked").recipients] == ["IRL"]


def test_unnamed_people_are_still_no_target() -> None:
    (r,) = run_texts("At least 30 people were killed on Monday.")
    assert event_at(r, "killed").recipients == []


def test_civilians_of_a_story_set_in_one_country_are_its_people() -> None:
    (r,) = run_texts(
        "HOUSTON _ Two men robbed a bakery in Pasadena, Texas, on Friday night. "
        "Of the six customers, two were shot and one was beaten, the police said."
    )
    assert [p.country for p in event_at(r, "shot").recipients] == ["USA"]


def test_civilians_of_a_story_that_leaves_the_country_stay_unplaced() -> None:
    (r,) = run_texts(
        "HOUSTON _ Two men robbed a bakery owned by a family from Monterrey, Mexico, "
        "on Friday night. Of the six customers, two were shot, the police said."
    )
    assert event_at(r, "shot").recipients == []
