"""European and former Soviet leaders named by surname alone take the country and office they
held on the article's date, from the table of office holders, not the dateline's country."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("name", "day", "codes"),
    [
        ("Ansip", "2010-11-02", ("EST", "GOV")),
        ("Voronin", "2009-04-08", ("MDA", "GOV")),
        ("Sobotka", "2016-03-03", ("CZE", "GOV")),
        ("Pashinyan", "2019-05-03", ("ARM", "GOV")),
        ("Reinfeldt", "2008-08-12", ("SWE", "GOV")),
    ],
)
def test_a_bare_surname_takes_the_office_of_the_day(
    name: str, day: str, codes: tuple[str, str]
) -> None:
    text = f"BRUSSELS (Reuters) - {name} condemned the attack on the border post on Tuesday."
    assert actor_codes(text, name, day) == codes


@pytest.mark.parametrize(
    ("day", "country"),
    [("1995-05-10", "YUG"), ("2005-05-10", "SCG"), ("2014-05-10", "MNE")],
)
def test_a_leader_of_a_successor_state_takes_the_state_of_the_day(day: str, country: str) -> None:
    text = "BRUSSELS (Reuters) - Djukanovic urged the alliance on Tuesday to speed up the talks."
    assert actor_codes(text, "Djukanovic", day) == (country, "GOV")


def test_a_leader_named_in_full_out_of_office_keeps_the_country_without_a_sector() -> None:
    text = "BRUSSELS (Reuters) - Pavlo Lazarenko denied the charges on Monday."
    assert actor_codes(text, "Pavlo Lazarenko", "2004-06-07") == ("UKR", None)
