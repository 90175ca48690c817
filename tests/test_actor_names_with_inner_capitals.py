"""Organisations whose names carry inner capitals ("WikiLeaks", "HarperCollins") are names like
any title-case one: the doer of what they do."""

from __future__ import annotations

import pytest

from tests.conftest import doer_names, run_texts


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("WikiLeaks accused Hillary Clinton of lying about the emails.", "accused", "WikiLeaks"),
        ("CrowdStrike accused Russian hackers of the breach.", "accused", "CrowdStrike"),
    ],
)
def test_a_name_with_inner_capitals_is_a_doer(text: str, trigger: str, doer: str) -> None:
    assert doer_names(text, trigger) == [doer]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They sat in the meeting with their BlackBerrys, said Sherman.", "BlackBerrys"),
        ("He was shot by an officer eight days before McDonald, the family said.", "McDonald"),
    ],
)
def test_an_owned_product_or_a_gaelic_surname_is_no_body(text: str, word: str) -> None:
    (result,) = run_texts(text)
    assert not [a for a in result.actors if a.name == word and a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        ("Representative LaHood criticized the plan.", "LaHood", "representative"),
        ("Governor DeWine criticized the plan.", "DeWine", "governor"),
    ],
)
def test_a_titled_surname_with_an_inner_capital_is_a_person(
    text: str, word: str, role: str
) -> None:
    """NER reads some such surnames as organisations; the title before one says a person."""
    (result,) = run_texts(text, date="2016-05-01")
    (actor,) = [a for a in result.actors if a.name == word]
    assert actor.type == "person"
    assert actor.role is not None and actor.role.value == role


def test_a_body_after_a_title_and_its_preposition_stays_a_body() -> None:
    text = "Matthew Prince, chief executive of CloudFlare, said activists criticized his company."
    (result,) = run_texts(text, date="2016-05-01")
    assert not [a for a in result.actors if a.name == "CloudFlare" and a.type == "person"]
