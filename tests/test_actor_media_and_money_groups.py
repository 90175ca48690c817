"""Groups named by what they do in public life: commentators, columnists, pundits and opinion
makers are the media (MED); financiers are business (BUS)."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Conservative commentators criticized the candidate.", "Conservative commentators", "MED"),
        ("Pundits and opinion makers attacked the governor.", "opinion makers", "MED"),
        ("Wall Street financiers praised the senator.", "financiers", "BUS"),
    ],
)
def test_a_public_trade_group_is_an_actor_of_its_sector(text: str, name: str, sector: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    sectors = {a.name: a.sector_code for a in result.actors}
    assert sectors.get(name) == sector


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - He denied recent suggestions by the news media that the president had "
        "favored Clinton.",
        "WASHINGTON - The governor blamed the media for the defeat.",
    ],
)
def test_the_media_named_bare_are_the_home_media(text: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    media = [a for a in result.actors if a.name.lower().endswith("media")]
    assert [(a.country_code, a.sector_code) for a in media] == [("USA", "MED")]


def test_a_media_company_is_no_media_group() -> None:
    (result,) = run_texts("WASHINGTON - The media company hired new staff.", date="2016-05-02")
    assert not [a for a in result.actors if a.name.lower().endswith("media")]


def test_media_before_a_noun_is_no_group() -> None:
    text = "WASHINGTON - The lull deprives her rivals of the public and media attention they need."
    (result,) = run_texts(text, date="2016-05-02")
    assert not [a for a in result.actors if a.name.lower().endswith("media")]
