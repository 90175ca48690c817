"""Actors readers name by a side, a count, a coordination or a signature: a person's side
named with the pronoun or name before it ("her allies", "the Baker camp"), a group with its
whole count ("more than 40 delegates"), portfolios under one plural body noun ("the departments
of Energy and Defense"), a body whose head noun outranks a public word in its name, and readers
who sign a letters-page post with their handle."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, mention_texts, run_texts


def _names(text: str, date: str = "2016-05-02") -> set[str]:
    (result,) = run_texts(text, date=date)
    return {a.name for a in result.actors}


def test_a_side_owned_by_a_pronoun_is_named_with_it() -> None:
    text = "Senator Ted Cruz spoke in Iowa on Monday. His rivals mocked the speech."
    assert "His rivals" in _names(text)


def test_a_persons_camp_named_before_it_is_the_persons_side() -> None:
    text = (
        "Bernie Sanders won the Oregon primary on Tuesday. The Sanders camp rejected "
        "the party's offer."
    )
    assert actor_codes(text, "Sanders camp") == ("USA", "PTY")


def test_a_group_keeps_its_whole_count() -> None:
    text = "More than 40 delegates walked out of the convention hall in Denver on Friday."
    assert "More than 40 delegates" in mention_texts(text, "2016-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "The report blamed the departments of Treasury and Defense.",
        "The senators faulted the Treasury and Defense departments for the delays.",
    ],
)
def test_portfolios_under_one_plural_body_noun_are_each_that_body(text: str) -> None:
    assert actor_codes(text, "Defense Department") == ("USA", "MIL")


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Four congressional panels reviewed the contract.", "congressional panels", "LEG"),
        (
            "The fund pays 12 state Republican committees for their voter lists.",
            "state Republican committees",
            "PTY",
        ),
        (
            "Ukraine's security service detained two men near Kharkiv on Monday.",
            "Ukraine's security service",
            "SPY",
        ),
        (
            "The Marion County Voter Services Office extended its hours on Monday.",
            "Marion County Voter Services Office",
            "GOV",
        ),
    ],
)
def test_bodies_named_by_their_kind_take_its_sector(text: str, name: str, sector: str) -> None:
    """Panels of a legislature, a party's committees, a security service, and an office whose
    head noun outranks the public word ("Voter") inside its name."""
    assert actor_codes(text, name)[1] == sector


def test_a_handle_signing_a_post_is_a_reader() -> None:
    text = (
        "WHAT READERS SAY\n\nWe asked readers about the debate.\n\n"
        "Nobody answered the question about taxes.\n\n@gardenfan77.\n\n"
        "The moderators did well.\n\n@retired_teacher.\n"
    )
    (result,) = run_texts(text, date="2016-09-27", source="usatoday.com")
    people = {a.name: a for a in result.actors if a.type == "person"}
    assert {"@gardenfan77", "@retired_teacher"} <= set(people)
    assert people["@gardenfan77"].sector is None


def test_a_handle_inside_a_sentence_signs_nothing() -> None:
    assert not any(n.startswith("@") for n in _names("Follow @gardenfan77 for more posts."))
