"""News figures of 1989-2000 wire copy from the known-actor table: the people of a big story
(a custody fight's family on both sides of the Florida Straits, the accused in the 1998
embassy bombings, UN spokesmen) keep their own country and sector whatever the dateline."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.known import KnownActors
from tests.conftest import actor_codes


def test_a_miami_relative_called_a_cuban_exile_is_coded_by_the_home_he_lives_in() -> None:
    text = (
        "MIAMI _ Lazaro Gonzalez, a Cuban exile, said on Monday that he would not hand the "
        "boy over to federal agents."
    )
    assert actor_codes(text, "Lazaro Gonzalez", "2000-04-10") == ("USA", None)


def test_the_father_in_cuba_is_cuban_in_a_story_filed_from_miami() -> None:
    text = "MIAMI _ Juan Miguel Gonzalez asked the court on Tuesday to return his son to him."
    assert actor_codes(text, "Juan Miguel Gonzalez", "2000-03-21") == ("CUB", None)


def test_a_bombing_suspect_named_by_his_alias_keeps_his_own_country_and_no_sector() -> None:
    """A suspect the police seek is a private person until known as a militant."""
    text = (
        "DAR ES SALAAM, Tanzania (AP) _ Police said they were searching for Abdallah Mohammed "
        "Fadhul, who rented the house where the truck was parked."
    )
    assert actor_codes(text, "Abdallah Mohammed Fadhul", "1998-09-02") == ("COM", None)


def test_the_un_spokesman_is_no_states() -> None:
    text = "UNITED NATIONS (AP) _ Fred Eckhard told reporters that the envoy would leave Friday."
    assert actor_codes(text, "Fred Eckhard", "1998-02-16") == (None, "IGO")


@pytest.mark.parametrize(
    ("name", "day", "codes"),
    [
        ("Norodom Ranariddh", "1998-02-20", ("KHM", None)),  # known by his former post only
        ("Ehud Barak", "1998-05-01", ("ISR", "OPP")),  # Labor leader before he governed
        ("Seamus Mallon", "1999-03-01", ("GBR", "GOV")),
        ("A.Q. Khan", "1998-05-30", ("PAK", None)),  # no Gohar Ayub Khan by his surname
        ("Hussein", "1998-02-20", ("IRQ", "GOV")),  # Saddam's sons hold no office: still him
        ("Zhirinovsky", "1999-12-20", ("RUS", "PTY")),
        ("I.K. Gujral", "1997-10-01", ("IND", "GOV")),
        ("Gulbuddin Hekmatyar", "1996-07-01", ("AFG", "GOV")),  # his months as premier
    ],
)
def test_a_1990s_figure_takes_the_codes_of_the_day(
    name: str, day: str, codes: tuple[str | None, str | None]
) -> None:
    found = KnownActors.load().lookup(name, date.fromisoformat(day))
    assert found is not None and (found.country, found.sector) == codes


def test_a_common_given_name_alone_is_no_known_suspect() -> None:
    assert KnownActors.load().lookup("Mohammed", date(1998, 9, 2)) is None
