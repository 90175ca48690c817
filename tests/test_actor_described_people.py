"""People the text names only by what they are: a counted group keeps its spelt-out count
whole, a title keeps its hyphened modifiers, and a person described by a demonym is a person
of that country, not the country."""

from __future__ import annotations

import pytest

from tests.conftest import named_actor, named_sides, run_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thirty-two miners were trapped after the blast, officials said.", "miners"),
        ("Police detained sixty-four protesters near the ministry on Monday.", "protesters"),
    ],
)
def test_a_spelt_out_count_stays_whole_in_a_groups_name(text: str, name: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    names = {a.name for a in result.actors}
    assert name in names
    assert not any(n.startswith("-") for n in names)


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        (
            "In Denver, an off-duty police officer shot a burglar outside a bar.",
            "ASSAULT",
            "an off-duty police officer",
        ),
        (
            "The well-known senator from Maine criticized the budget plan on Friday.",
            "ACCUSE",
            "The well-known senator",
        ),
    ],
)
def test_a_title_with_a_hyphened_modifier_is_a_side(text: str, type_: str, doer: str) -> None:
    assert named_sides(text, type_)[0] == [doer]


@pytest.mark.parametrize(
    ("text", "type_", "name", "country"),
    [
        (
            "A Hungarian hacker threatened the bank's managers with leaks.",
            "THREATEN",
            "A Hungarian hacker",
            "HUN",
        ),
        (
            "A Mexican immigrant sued the city of Dallas for damages.",
            "ACCUSE",
            "A Mexican immigrant",
            "MEX",
        ),
    ],
)
def test_a_person_described_by_a_demonym_is_that_countrys_person(
    text: str, type_: str, name: str, country: str
) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    actor = named_actor(result, name)
    assert actor.type == "person"
    assert actor.country is not None and actor.country.value == country
    event = next(e for e in result.events if e.type == type_)
    assert [a.name for a in event.actors] == [name]
