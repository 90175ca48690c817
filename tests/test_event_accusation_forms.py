"""Accusations in the forms news tells them (accuse15): a remark, a text or an ad made harsh by
its adjective, a demolition told as a noun, tearing words said of a party's plan, an
investigation a party comes under, and a party cast as something strongly bad; the same words
in their plain or physical sense stay out."""

from __future__ import annotations

import pytest

from .conftest import accusation_sides, named_sides


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Governor Baker continued his scathing remarks about the mayor.", "Baker", "the mayor"),
        (
            "The Chicago Tribune ran a critical editorial about Senator Miller.",
            "Chicago Tribune",
            "Miller",
        ),
        ("The Post's takedown of Senator Miller was widely shared.", "Post", "Miller"),
        ("The governor picked apart the senator's proposals.", "The governor", "the senator"),
        ("Governor Baker came under investigation by the FBI last year.", "FBI", "Baker"),
        (
            "Senator Jones has come under scrutiny from federal regulators.",
            "federal regulators",
            "Jones",
        ),
        (
            "The senator portrayed the president as weak and reckless.",
            "The senator",
            "the president",
        ),
        ("The minister described Peterson as delusional and a liar.", "The minister", "Peterson"),
        ("Mrs. Warren turned her fire on Donald Trump.", "Elizabeth Warren", "Donald Trump"),
        ("Venezuela's suit against Exxon is pending in Paris.", "Venezuela", "Exxon"),
        ("Baker's budget drew criticism from the mayor.", "the mayor", "Baker"),
    ],
)
def test_accusation_forms_name_accuser_and_accused(text: str, source: str, target: str) -> None:
    assert (source, target) in accusation_sides(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator had harsh words for the Iranian foreign minister.",
        "A Senate candidate went up with a negative ad about Governor Baker.",
        "Senator Cole ripped the governor's budget proposal.",
    ],
)
def test_accusation_forms_are_coded(text: str) -> None:
    assert accusation_sides(text)


@pytest.mark.parametrize(
    "text",
    [
        "She gave a long speech on the economy.",  # no harsh quality: plain saying
        "The critical infrastructure bill passed the Senate.",  # no speech noun
        "Workers shredded the documents before the audit.",  # papers, not a policy
        "Soldiers pounded the rebel positions with artillery.",  # shelling
        "The mayor described the governor as a close friend.",  # praise, no blame
        "The report described the plan as flawed.",  # a thing judged, no party cast
        "The bank took a $60 million charge against earnings.",  # an amount, no party
        "The company's shares came under pressure on Monday.",  # no blame received
    ],
)
def test_plain_and_physical_senses_are_no_accusation(text: str) -> None:
    assert not accusation_sides(text)


def test_a_plain_remark_owned_by_someone_stays_a_thing_they_said() -> None:
    """ "Trump's comments" is what Trump said, not an act whose doers the reply is aimed at."""
    text = "Ryan's campaign shrugged off Trump's comments on Monday."
    assert named_sides(text, "REJECT")[1] == ["Donald Trump"]


def test_what_a_named_party_did_coming_under_scrutiny_blames_the_party() -> None:
    text = "Governor Baker's decisions during the floods have come under intense scrutiny."
    assert ("", "Baker") in accusation_sides(text)
