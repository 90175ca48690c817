"""In an election story the contest itself names its candidates (a poll share, a win, a rank,
a lead, a nomination sought): they are PTY whatever seat they hold; a sitting president whose
campaign is named stays GOV, and a senator who only endorses keeps the seat."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2008-01-05"


def test_a_poll_share_makes_a_senator_a_candidate() -> None:
    text = (
        "CONCORD, N.H. (AP) - Senator Carl Weston attacked Governor Mary Holt on Friday, four "
        "days before the primary. A poll showed Weston at 28 percent and Holt at 24 percent."
    )
    assert actor_sector(text, "Carl Weston", DATE) == "PTY"
    assert actor_sector(text, "Mary Holt", DATE) == "PTY"


def test_winning_or_ranking_in_the_race_makes_a_candidate() -> None:
    text = (
        "COLUMBIA, S.C. (AP) - Former Utah Gov. Dale Pruitt, who won the Iowa caucuses, and "
        "Rep. Tom Okafor, who finished third in Iowa, traded charges before the primary."
    )
    assert actor_sector(text, "Dale Pruitt", DATE) == "PTY"
    assert actor_sector(text, "Tom Okafor", DATE) == "PTY"


def test_seeking_the_nomination_makes_a_candidate() -> None:
    text = (
        "DES MOINES, Iowa (AP) - Senator Ana Ruiz, who is seeking the Democratic nomination, "
        "criticized Senator Bo Lind before the caucuses."
    )
    assert actor_sector(text, "Ana Ruiz", DATE) == "PTY"
    assert actor_sector(text, "Bo Lind", DATE) == "LEG"


def test_an_endorser_keeps_the_seat() -> None:
    text = (
        "DES MOINES, Iowa (AP) - Senator Al Duarte endorsed Governor Mary Holt before the caucuses."
    )
    assert actor_sector(text, "Al Duarte", DATE) == "LEG"


def test_a_sitting_president_whose_campaign_is_named_stays_in_government() -> None:
    text = (
        "MANCHESTER, N.H. (AP) - The Bush campaign began airing an ad before the primary. "
        "Senator Ed Vance criticized President George W. Bush for the deficit."
    )
    assert actor_sector(text, "George W. Bush", "2004-01-24") == "GOV"
