"""A person's title in the singular ("the candidate", "the leader") names one person, never a
group of those who hold it that the story named before ("the other candidates")."""

from __future__ import annotations

from tests.conftest import run_texts

DAY = "2016-03-15"


def _sides(text: str, trigger: str) -> tuple[list[str], list[str]]:
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date=DAY)
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_the_candidate_after_a_group_of_candidates_is_the_one_told() -> None:
    text = (
        "Senate Majority Leader Mitch McConnell says he called Republican front-runner Donald "
        "Trump and urged him to calm his rallies. Clerks said none of the other presidential "
        "candidates were printed on those forms either. McConnell told reporters that he had a "
        "conversation with the candidate Tuesday morning."
    )
    _, targets = _sides(text, "conversation")
    assert targets == ["Donald Trump"]


def test_a_leader_in_apposition_is_not_a_group_of_leaders_told_before() -> None:
    text = (
        "European leaders met in Brussels on Monday. "
        "The plan was derided by Armin Laschet, the leader of the opposition in the state."
    )
    doers, _ = _sides(text, "derided")
    assert doers == ["Armin Laschet"]
