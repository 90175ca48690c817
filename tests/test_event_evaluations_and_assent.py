"""Criticism and praise told as an evaluation or an assent (events34a): naming an act "grave
and sinister", "another example of his race-baiting", "lacks the judgment to lead" accuse;
"found no fault with", "agreed with X on the issue" back; "fired back at X's comments" is
words, whoever fires. Plights, things no one did, deals and denials stay as they were."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        'The foreign minister called the order "grave and sinister" on Tuesday.',
        'The party said the governor\'s remarks were "another example of his cruel bigotry."',
        '"He lacks the judgment and temperament to be mayor," Senator Warren said of Tom Smith.',
        "Senator Warren said Mayor Smith lacks the experience to run the city.",
        "The senator found fault with the governor's budget plan.",
    ],
)
def test_an_evaluation_of_a_party_or_its_act_accuses(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the situation dire on Tuesday.",  # a plight, no one's act
        "The mayor said the city lacks the money to repair the roads.",  # no quality, a thing
        '"She does not lack courage," the senator said of the governor.',  # a merit kept
    ],
)
def test_plights_and_kept_merits_are_no_accusation(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker, a retired teacher, found no fault with Senator Warren's remarks on trade.",
        "Most farmers at the fair agreed with Senator Warren on the issue.",
    ],
)
def test_assent_to_a_party_supports_it(text: str) -> None:
    assert event_types(text) == ["SUPPORT"]


def test_no_grievance_is_no_denied_act() -> None:
    (result,) = run_texts("Tom Baker found no fault with Senator Warren's remarks on trade.")
    assert [(e.type, e.modality) for e in result.events] == [("SUPPORT", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran agreed with Russia on a ceasefire in the north.",  # a deal
        "Iran agreed with Russia to cut its oil output.",  # a deal to act
    ],
)
def test_an_agreement_with_a_party_on_a_deal_stays_agree(text: str) -> None:
    assert event_types(text) == ["AGREE"]


def test_no_problem_with_a_thing_backs_no_one() -> None:
    assert "SUPPORT" not in event_types("The farmers had no problem with the hot weather.")


def test_firing_back_at_a_speakers_comments_is_criticism_across_a_paragraph() -> None:
    text = (
        "Residents fired back at the mayor's comments, including Tom Baker:\n\n"
        "The town had over 600 violent crimes in 2014, including 8 murders."
    )
    (result,) = run_texts(text)
    assert [e.type for e in result.events if e.trigger.text.startswith("fired")] == ["ACCUSE"]


def test_problems_with_a_common_nouns_people_are_a_plight() -> None:
    text = "Several towns have had major problems with armed gangs using the old roads."
    assert "ACCUSE" not in event_types(text)


def test_a_crowd_roaring_its_approval_supports() -> None:
    assert event_types("The crowd roared its approval of the governor's plan.") == ["SUPPORT"]
