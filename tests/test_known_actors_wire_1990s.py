"""Office holders and armed-group figures of 1989-2000 wire news from the known-actor table,
coded as of the article's day (a cabinet member, a UN official, a congressman)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.known import KnownActors
from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("name", "day", "codes"),
    [
        ("Donna Shalala", "1997-03-01", ("USA", "GOV")),
        ("John Sununu", "1990-07-01", ("USA", "GOV")),
        ("Doris Meissner", "2000-01-06", ("USA", "GOV")),
        ("Mary Robinson", "1999-04-01", (None, "IGO")),
        ("Mary Robinson", "1994-04-01", ("IRL", "GOV")),
        ("Taha Yassin Ramadan", "1998-02-01", ("IRQ", "GOV")),
        ("Natan Sharansky", "1997-05-01", ("ISR", "GOV")),
        ("Mohammed Saddiq Odeh", "1998-08-20", ("JOR", "REB")),
        ("Chuck Schumer", "1998-10-20", ("USA", "LEG")),
        ("Abdel Basset Ali al-Megrahi", "1999-04-06", ("LBY", None)),  # his 1988 post is past
    ],
)
def test_a_1990s_name_takes_its_codes_of_the_day(
    name: str, day: str, codes: tuple[str | None, str | None]
) -> None:
    found = KnownActors.load().lookup(name, date.fromisoformat(day), home="USA")
    assert found is not None and (found.country, found.sector) == codes


def test_a_cabinet_secretary_named_bare_in_wire_copy_is_coded() -> None:
    text = "Farmers met officials on Monday. Dan Glickman told them aid would come."
    assert actor_codes(text, "Dan Glickman", "1998-06-02") == ("USA", "GOV")


def test_an_embassy_bombing_suspect_keeps_his_own_country_in_a_story_filed_elsewhere() -> None:
    text = (
        "NAIROBI, Kenya (AP) _ Police questioned Mohammed Saddiq Odeh on Monday about the "
        "bombing of the U.S. embassy."
    )
    assert actor_codes(text, "Mohammed Saddiq Odeh", "1998-08-18") == ("JOR", "REB")
