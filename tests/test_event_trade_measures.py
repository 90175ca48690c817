"""Trade disputes as wire copy tells them: a levy laid "on" a country, its goods or its
imports hits that country (SANCTION aimed at it), and a reprisal told by a levy is the levy,
not armed force; an armed reprisal keeps its reading."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text, date="2004-03-01")
    return [
        (
            e.type,
            [p.country for p in e.actors],
            [p.country for p in e.recipients],
        )
        for e in result.events
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkey imposed tariffs on Greek olive oil.", "GRC"),
        ("The EU imposed duties on imports from Vietnam.", "VNM"),
        ("Argentina imposed new tariffs on Chile.", "CHL"),
        ("South Korea raised import duties on Japanese cars.", "JPN"),
    ],
)
def test_a_levy_laid_on_a_country_or_its_goods_is_aimed_at_it(text: str, target: str) -> None:
    ((type_, _, targets),) = _events(text)
    assert type_ == "SANCTION"
    assert targets == [target]


def test_a_trade_reprisal_is_the_levy_it_lays() -> None:
    text = "Peru retaliated against Bolivian sugar duties by imposing tariffs on Bolivian beer."
    assert _events(text) == [("SANCTION", ["PER"], ["BOL"])]


def test_a_reprisal_against_a_levy_alone_tells_no_armed_act() -> None:
    assert _events("Norway retaliated against the Russian fish duties.") == []


def test_an_armed_reprisal_is_still_coded() -> None:
    assert "ASSAULT" in [t for t, _, _ in _events("Israeli troops retaliated, killing two gunmen.")]
