"""Accusations and denials told with no act verb of their own: a lie told as a story made up
("said Lopez had made up the story", " 'He just made it up' ") or a falsehood passed on
(" 'Ruiz is peddling lies' "), a view held in indirect speech ("said he believed Lopez had
lied"), a flaw named of a party's act ("a weakness"), hostility to a people ("is anti-Chilean"),
and a denial told as "said he had never touched her". A story told, amends made ("made it up to
them"), a stance against a wrong ("anti-corruption"), praise, the speaker's own stance, an
experience ("had never heard of them") and a refusal ("would never") stay out."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brandt said Governor Tom Ruiz had made up the story.",
        "Senator Ada Brandt said Governor Tom Ruiz made the whole story up.",
        "Senator Ada Brandt said Governor Tom Ruiz had concocted the allegations.",
        '"Governor Tom Ruiz is peddling lies," Senator Ada Brandt said.',
        "Senator Ada Brandt said Governor Tom Ruiz spread falsehoods about her.",
    ],
)
def test_a_falsehood_made_up_or_passed_on_accuses(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        '"Governor Tom Ruiz just made it up," Senator Ada Brandt said.',
        "Governor Tom Ruiz makes everything up, Senator Ada Brandt told reporters.",
    ],
)
def test_whatever_was_said_made_up_accuses_the_one_who_made_it_up(text: str) -> None:
    assert named_sides(text, "ACCUSE") == (["Ada Brandt"], ["Tom Ruiz"])


def test_a_lie_charged_in_a_view_held_in_indirect_speech_accuses_the_one_named() -> None:
    text = "Senator Ada Brandt told reporters she believed Governor Tom Ruiz had fabricated it."
    assert named_sides(text, "ACCUSE") == (["Ada Brandt"], ["Tom Ruiz"])


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brandt said Governor Tom Ruiz told the story to reporters.",  # told, no lie
        "Senator Ada Brandt said Governor Tom Ruiz did not make up the story.",  # denied
        "Senator Ada Brandt said women make up half of the state's workforce.",  # no story
        "Senator Ada Brandt said Governor Tom Ruiz made it up to the farmers.",  # amends
        "Senator Ada Brandt said the rumor spread quickly through the capital.",
    ],
)
def test_stories_told_and_parts_made_up_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brandt said Governor Tom Ruiz's refusal to testify was a weakness.",
        'Senator Ada Brandt said that Governor Tom Ruiz is "anti-Chilean."',
    ],
)
def test_a_weakness_or_hostility_to_a_people_accuses(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brandt said Governor Tom Ruiz is anti-corruption.",  # a stance, no charge
        "Senator Ada Brandt said Governor Tom Ruiz is anti-war.",
        "Senator Ada Brandt said Governor Tom Ruiz would make a fine senator.",  # praise
        "Senator Ada Brandt said she is anti-Chilean.",  # her own stance
    ],
)
def test_stances_praise_and_the_speaker_herself_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Ruiz continued to say he had never touched Maria Lopez.",
        "Governor Tom Ruiz insisted that he never made contact with Maria Lopez.",
    ],
)
def test_a_speaker_saying_he_never_acted_on_someone_denies_it(text: str) -> None:
    assert named_sides(text, "REJECT") == (["Tom Ruiz"], ["Maria Lopez"])


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Ruiz said he had never heard of Maria Lopez.",  # an experience
        "Governor Tom Ruiz said he has never met Maria Lopez.",  # an acquaintance never had
        "Governor Tom Ruiz said he had never seen anything like it.",
        "Governor Tom Ruiz said he had never been prouder of his party.",
        "Governor Tom Ruiz said he would never negotiate with the rebels.",  # a refusal
    ],
)
def test_experiences_and_refusals_told_with_never_are_no_denials(text: str) -> None:
    (result,) = run_texts(text)
    assert not [e for e in result.events if e.trigger.text == "said"]
