"""Pleasure with another party as praise: a party impressed with, proud of or pleased by
another party or its conduct supports it (the mirror of displeasure, which disapproves). A
feeling about a thing no party answers for, or about a place one is in, is no event; praise
said of a party in a quote ("He is articulate") is support too."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Senator Maria Alvarez said she was impressed with Governor Tom Becker.",
            (["Maria Alvarez"], ["Tom Becker"]),
        ),
        (
            "Governor Paul Marsh is very pleased with Senator Jane Ruiz's handling of the bill.",
            (["Paul Marsh"], ["Jane Ruiz"]),
        ),
        ("Prime Minister Lars Holm is proud of Norway.", (["Lars Holm"], ["Norway"])),
    ],
)
def test_pleasure_with_a_party_is_praise_by_the_one_who_feels_it(
    text: str, sides: tuple[list[str], list[str]]
) -> None:
    assert named_sides(text, "SUPPORT") == sides


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Ruiz was happy with the weather.",
        "Mayor Ted Holt said he was happy in Washington.",
        "Mayor Ted Holt was glad to be home.",
        "Senator Jane Ruiz said she was proud of her campaign.",
        "Senator Jane Ruiz was not impressed with Governor Tom Becker.",
        "No one is pleased with Governor Tom Becker's plan.",
        "Senator Jane Ruiz said she was glad Governor Tom Becker is feeling better.",
    ],
)
def test_pleasure_with_no_other_party_or_denied_is_no_praise(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


def test_a_quoted_articulate_said_of_a_party_is_praise() -> None:
    text = 'Governor Paul Marsh said Senator Jane Ruiz "is articulate and impressive."'
    assert named_sides(text, "SUPPORT") == (["Paul Marsh"], ["Jane Ruiz"])
