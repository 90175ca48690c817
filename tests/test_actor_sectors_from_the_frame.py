"""Sectors that the story's frame gives a person: a debate moderator, a pundit or a show's host
is the media's (MED); a social platform's director is a firm's (BUS); a police rank is the
police's (COP); the staff of a person the story shows running are the party's (PTY), while a
White House spokesman stays the state's."""

from __future__ import annotations

from tests.conftest import actor_sector


def test_a_debate_moderator_is_media() -> None:
    text = "Senator Ann Brody, pressed by moderator Lisa Marten, refused to answer."
    assert actor_sector(text, "Lisa Marten") == "MED"


def test_a_pundit_and_a_co_host_are_media() -> None:
    text = "Conservative pundit Tom Ashby and Jan Velde, a co-host of the podcast, mocked Brody."
    assert actor_sector(text, "Tom Ashby") == "MED"
    assert actor_sector(text, "Jan Velde") == "MED"


def test_one_who_hosts_a_show_is_media() -> None:
    text = "Recently, Dale Orrin, who hosts a Dallas area radio show, attacked the governor."
    assert actor_sector(text, "Dale Orrin") == "MED"


def test_hosting_a_dinner_is_no_journalists_work() -> None:
    text = "Dale Orrin, who hosted a dinner for the ambassador, praised the governor."
    assert actor_sector(text, "Dale Orrin") is None


def test_a_social_platforms_director_is_a_firms() -> None:
    text = '"We saw a surge," said Mara Quist, Twitter\'s director of political ad sales.'
    assert actor_sector(text, "Mara Quist") == "BUS"


def test_a_platforms_user_is_no_employee() -> None:
    text = '"We are anxious," said another Twitter user, Mara Quist.'
    assert actor_sector(text, "Mara Quist") is None


def test_a_police_rank_is_the_polices() -> None:
    text = "Police Lt. Ron Deever said the suspect fled. Army Capt. Joe Marr said the unit left."
    assert actor_sector(text, "Ron Deever") == "COP"
    assert actor_sector(text, "Joe Marr") == "MIL"


def test_staff_of_a_person_shown_running_are_the_partys() -> None:
    text = (
        'Tom Harlan won the Iowa caucuses on Monday. "We won," said Joe Ruiz, a spokesman '
        "for Harlan. Harlan's aide Kim Bole agreed."
    )
    assert actor_sector(text, "Tom Harlan") == "PTY"
    assert actor_sector(text, "Joe Ruiz") == "PTY"


def test_a_senators_aide_in_a_campaign_is_the_partys() -> None:
    text = (
        "Sen. Tom Harlan is running in the Iowa caucuses, and Harlan's campaign said he led "
        'Ann Brody by 15 points. "We won," said Joe Ruiz, a Harlan aide.'
    )
    assert actor_sector(text, "Joe Ruiz") == "PTY"


def test_a_senators_aide_with_no_contest_keeps_the_senates() -> None:
    text = 'Sen. Tom Harlan opposed the bill. "It is wrong," said Joe Ruiz, a Harlan aide.'
    assert actor_sector(text, "Joe Ruiz") == "LEG"


def test_a_white_house_spokesman_stays_the_states() -> None:
    text = (
        'Tom Harlan won the Iowa caucuses on Monday. "We will see," said Joe Ruiz, the White '
        "House spokesman."
    )
    assert actor_sector(text, "Joe Ruiz") == "GOV"
