"""African heads of state and government and foreign ministers named by surname alone take
their own state and sector on the article's date, not the dateline's country."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name", "day", "codes"),
    [
        (
            "NAIROBI - Nkurunziza accused Rwanda of arming rebels on Tuesday.",
            "Nkurunziza",
            "2016-03-10",
            ("BDI", "GOV"),
        ),
        (
            "DAKAR - Compaore offered to mediate between Bamako and the separatists.",
            "Compaore",
            "2013-05-20",
            ("BFA", "GOV"),
        ),
        (
            "CAIRO - Haftar accused the government of relying on foreign fighters.",
            "Haftar",
            "2019-11-04",
            ("LBY", "MIL"),
        ),
        (
            "CAIRO - Burhan promised the protesters that elections would be held.",
            "Burhan",
            "2019-11-04",
            ("SDN", "GOV"),
        ),
        (
            "LIBREVILLE - Biya met the rebels' envoys on Thursday.",
            "Biya",
            "2010-07-02",
            ("CMR", "GOV"),
        ),
        (
            "HARARE - Tsvangirai accused the ruling party of rigging the vote.",
            "Tsvangirai",
            "2007-09-12",
            ("ZWE", "OPP"),
        ),
        (
            "HARARE - Guebuza called for calm after the vote on Sunday.",
            "Guebuza",
            "2007-09-12",
            ("MOZ", "GOV"),
        ),
    ],
)
def test_a_leader_named_bare_takes_their_own_state(text, name, day, codes) -> None:
    assert actor_codes(text, name, day) == codes


def test_a_leader_named_bare_abroad_keeps_their_own_state() -> None:
    text = "PARIS - Tebboune met French business leaders on Monday."
    assert actor_codes(text, "Tebboune", "2021-02-01") == ("DZA", "GOV")
