"""US political figures of 2015-2017 coded by their role on the article's date, whatever
country a phrase beside the name seems to give; party pollsters are the party's (PTY), and a
known outlet's possessive makes its writer a journalist (MED)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


def _codes(text: str, name: str, day: str = "2016-06-20") -> tuple[str | None, str | None]:
    return actor_codes(text, name, day)


def test_a_country_beside_an_office_holders_name_does_not_make_them_foreign() -> None:
    text = "For Hillary Clinton, Spain's angry vote against the European Union is a warning."
    assert _codes(text, "Hillary Clinton") == ("USA", "PTY")


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("Sheldon Adelson met Jeb Bush in Las Vegas on Monday.", "Sheldon Adelson", ("USA", "BUS")),
        ("Sean Hannity praised Donald Trump on Monday.", "Sean Hannity", ("USA", "MED")),
        ("Larry Hogan criticized Donald Trump on Monday.", "Larry Hogan", ("USA", "GOV")),
        ("Jeff Weaver accused the party of bias on Monday.", "Jeff Weaver", ("USA", "PTY")),
    ],
)
def test_well_known_figures_take_their_role_of_the_day(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert _codes(text, name) == codes


def test_a_party_pollster_is_the_partys() -> None:
    text = "Tim Baker, a Republican pollster, criticized the senator on Monday."
    assert _codes(text, "Tim Baker")[1] == "PTY"


def test_a_known_outlets_writer_is_media() -> None:
    text = "The Atlantic's Mark Dale criticized Barack Obama on Monday."
    assert _codes(text, "Mark Dale")[1] == "MED"


def test_a_title_of_an_office_left_long_ago_is_a_past_role() -> None:
    text = "Reid praised President Abraham Lincoln, who invited rivals into his cabinet."
    assert _codes(text, "Abraham Lincoln") == ("USA", None)


def test_justice_department_staff_are_government() -> None:
    text = "Justice Department spokeswoman Nora Vale declined to comment on the lawsuit."
    assert _codes(text, "Nora Vale")[1] == "GOV"


def test_a_party_governors_association_is_the_partys() -> None:
    text = "The Democratic Governors Association criticized Mike Pence on Tuesday."
    assert _codes(text, "Democratic Governors Association") == ("USA", "PTY")


def test_a_candidates_aide_named_by_the_candidate_is_the_campaigns() -> None:
    text = "Sam Hale, a Clinton aide, criticized the party on Monday."
    assert _codes(text, "Sam Hale") == ("USA", "PTY")


def test_a_surrogate_is_a_campaigns() -> None:
    text = "Jane Roe, a Clinton surrogate, criticized Donald Trump on Monday."
    assert _codes(text, "Jane Roe")[1] == "PTY"


@pytest.mark.parametrize(
    "text",
    [
        "“He must do it,” said Ray Dunn, the Republican National Committeeman from Idaho.",
        "Ray Dunn, chairman of Forward Nation (a Democratic PAC), mocked Jeb Bush on Monday.",
    ],
)
def test_party_committee_members_and_pac_heads_are_the_partys(text: str) -> None:
    assert _codes(text, "Ray Dunn")[1] == "PTY"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Teamsters president Ray Dunn criticized the trade deal.", "Ray Dunn", "NGO"),
        ("The Urban Institute criticized the tax plan on Monday.", "Urban Institute", "EDU"),
    ],
)
def test_unions_and_think_tanks_have_their_sectors(text: str, name: str, sector: str) -> None:
    assert _codes(text, name)[1] == sector


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("Perez criticized Donald Trump on Sunday.", "Thomas Perez", "2016-07-06"),
        ("Julian Castro praised Hillary Clinton in Texas.", "Julian Castro", "2016-06-20"),
        ("Christine Todd Whitman signed the budget.", "Christine Todd Whitman", "1996-06-20"),
    ],
)
def test_cabinet_members_and_their_earlier_posts_are_known(text: str, name: str, day: str) -> None:
    assert _codes(text, name, day) == ("USA", "GOV")
