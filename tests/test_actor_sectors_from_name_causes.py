"""An unknown organisation's name may say its kind by the cause it names: a movement "for the
Liberation of" a land is an armed movement, an association named for rights an advocacy group;
a state commission for rights and a known army keep their own sectors."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector

TEXT = (
    "The Cabinda Liberation Movement ambushed an army patrol on Monday. The"
    " Angola Civil Rights Network condemned the attack, and the Human Rights Commission asked"
    " for calm.\n\nParliament Speaker Fernando Piedade urged talks. China's People's Liberation"
    " Army sent observers."
)


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Cabinda Liberation Movement", "REB"),
        ("Angola Civil Rights Network", "NGO"),
    ],
)
def test_names_and_titles_give_the_sector(name: str, sector: str) -> None:
    assert actor_sector(TEXT, name, "2010-03-01") == sector


def test_a_state_rights_commission_is_no_advocacy_group() -> None:
    assert actor_sector(TEXT, "Human Rights Commission", "2010-03-01") != "NGO"


def test_a_speaker_titled_by_the_parliament_is_a_legislator() -> None:
    text = (
        "The army shelled villages.\n\nParliament Speaker Evariste Boshab urged the government"
        " to open talks with the movement.\n"
    )
    assert actor_sector(text, "Evariste Boshab", "2012-07-09") == "LEG"


def test_an_organizer_with_an_association_named_for_justice_is_an_advocate() -> None:
    text = (
        "Tony Wen, an organizer with the Dayton Coalition for Real Justice, criticized the mayor."
    )
    assert actor_sector(text, "Tony Wen", "2016-07-27") == "NGO"
