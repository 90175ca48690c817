"""A person's name with a lower-case particle ("arap", "bin", "van", "de") is one name:
NER may stop at the particle, but the surname after it still belongs to the person."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Kenyan Senator Joseph arap Kiprono criticized Uganda.", "Joseph arap Kiprono", "KEN"),
        ("Omani Minister Yusuf bin Alawi visited Tehran.", "Yusuf bin Alawi", "OMN"),
        ("Dutch diplomat Pieter van Dam criticized Russia.", "Pieter van Dam", "NLD"),
        ("Brazilian Senator Paulo de Souza visited Lima.", "Paulo de Souza", "BRA"),
    ],
)
def test_names_run_through_their_particles(text: str, name: str, country: str) -> None:
    assert actor_codes(text, name)[0] == country
