"""A head of state named after his country's possessive ("Benin's President X") keeps the
title's sector even where the tagger reads the country as a person he serves."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "ACCRA, Feb 22 (AFP) - The talks failed. Benin's President Thomas Boni Yayi has "
            "sent an envoy to both capitals.",
            "Thomas Boni Yayi",
            "BEN",
        ),
        (
            "DAKAR, May 5 (AFP) - The talks failed. Togo's President Faure Gnassingbe has "
            "sent an envoy to both capitals.",
            "Faure Gnassingbe",
            "TGO",
        ),
    ],
)
def test_a_possessed_head_of_state_is_government(text: str, name: str, country: str) -> None:
    assert actor_codes(text, name, "2012-02-22") == (country, "GOV")
