"""A head of state, head of government or foreign minister of Asia, the Middle East or Oceania
named by surname alone takes their own country and sector on the article's date, not the
dateline's country: the known-actors table holds the office holders since 1990."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name", "date", "expected"),
    [
        (
            "SYDNEY, June 3, 2010 (Reuters) - Bainimarama ordered the expulsion of a diplomat.",
            "Bainimarama",
            "2010-06-03",
            ("FJI", "GOV"),
        ),
        (
            "BERLIN, May 9, 2017 (AP) - Atambayev accused his neighbours of blocking trade.",
            "Atambayev",
            "2017-05-09",
            ("KGZ", "GOV"),
        ),
        (
            "ROME, Oct. 2, 2013 (AFP) - Halqi accused Jordan of training the rebels.",
            "Halqi",
            "2013-10-02",
            ("SYR", "GOV"),
        ),
        (
            "TOKYO, Feb. 11, 2020 (Reuters) - Ardern criticised the new tariffs.",
            "Ardern",
            "2020-02-11",
            ("NZL", "GOV"),
        ),
    ],
)
def test_a_leader_named_bare_takes_their_own_country(text, name, date, expected):
    assert actor_codes(text, name, date) == expected


def test_a_former_leader_named_in_full_keeps_the_country_without_a_sector():
    text = "MADRID, March 5, 2024 (AP) - Frank Bainimarama criticised Australia's climate policy."
    assert actor_codes(text, "Frank Bainimarama", "2024-03-05") == ("FJI", None)
