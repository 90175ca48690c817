"""A party that portrays, casts or paints a named person as something is accusing that
person, even in plain words, unless a word of merit praises; a party presenting itself, or a
thing, is no accusation."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _accusations(text: str) -> list[tuple[list[str], list[str]]]:
    (result,) = run_texts(text)
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At the rally, Governor Amy Lund painted Senator Paul Grant as a creature of lobbyists.",
        "Governor Amy Lund spent the week portraying Paul Grant as focused on one issue.",
    ],
)
def test_painting_a_named_rival_as_anything_accuses_him(text: str) -> None:
    assert (["Amy Lund"], ["Paul Grant"]) in _accusations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Amy Lund cast herself as a reformer in Tuesday's debate.",
        "Governor Amy Lund portrayed the budget as a modest step.",
    ],
)
def test_presenting_oneself_or_a_thing_accuses_no_one(text: str) -> None:
    assert _accusations(text) == []


def test_painting_a_person_with_a_merit_word_praises_him() -> None:
    (result,) = run_texts("Governor Amy Lund portrayed Paul Grant as a generous, honest leader.")
    assert [e.type for e in result.events] == ["SUPPORT"]


def test_a_quoted_praise_name_is_no_derision() -> None:
    text = 'Governor Amy Lund held her fire on Paul Grant, calling him a "nice guy."'
    (result,) = run_texts(text)
    assert "ACCUSE" not in [e.type for e in result.events]
