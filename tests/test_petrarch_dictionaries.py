"""A user's CAMEO/PETRARCH dictionaries, read into known actors and laid over eventwire's table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.known import KnownActors
from eventwire.actors.petrarch import parse_day, read_actors, read_agents, split_code

PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "dictionaries" / "petrarch2"

ACTORS = """\
# a user's own actors, in the TABARI/PETRARCH layout
ERIN_  [IRL]
+EIRE_
RUFUS_T_FIREFLY_  ; written by hand
+FIREFLY_
+PRESIDENT_FIREFLY
\t[IRLGOV 330101-341231]
\t[IRLELI]
AMBASSADOR_TRENTINO_ [SYVGOV 19330101-19331231] [---] # inline codes
BARACK_OBAMA_
\t[USAELI]
TRENT_LOTT_
\t[USALEG 9601-970101]
ACME_WIDGETS_ [MNCUSA]
UNITED_NATIONS_ [IGOUNO]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
<!-- comment line -->
POLICE_OFFICER [~COP] # plural made by rule
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
CONGRESS!PERSON! [~LEG]
AIR_FORCE {} [~MIL]
HUMAN_RIGHTS_BODY [NGO~]
A_LINE_WITHOUT_A_CODE
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "mine.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "mine.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "mine.verbs.txt").write_text("--- NOT READ ---\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", "GOV")),
        ("RUSMIL", ("RUS", "MIL")),
        ("IGOUNO", (None, "IGO")),
        ("NGOHRI", (None, "NGO")),
        ("MNCUSA", ("USA", "BUS")),
        ("USRARM", ("SUN", None)),
        ("KSVGOV", ("XKX", "GOV")),
        ("USAELI", ("USA", None)),
        ("AFG", ("AFG", None)),
    ],
)
def test_cameo_codes_split_into_country_and_sector(code, expected):
    assert split_code(code) == expected


def test_six_and_eight_digit_dates():
    assert parse_day("090120") == date(2009, 1, 20)
    assert parse_day("451231") == date(1945, 12, 31)
    assert parse_day("18970101") == date(1897, 1, 1)
    with pytest.raises(ValueError):
        parse_day("2004017")


def test_actor_records_give_one_row_per_dated_code(folder):
    rows, errors = read_actors(folder / "mine.actors.txt")
    firefly = [row for row in rows if row.name == "RUFUS T FIREFLY"]
    assert {(row.code, row.start, row.end) for row in firefly} == {
        ("IRLGOV", date(1933, 1, 1), date(1934, 12, 31)),
        ("IRLELI", None, None),
    }
    assert firefly[0].aliases == ("FIREFLY", "PRESIDENT FIREFLY")
    assert [row.code for row in rows if row.name == "AMBASSADOR TRENTINO"] == ["SYVGOV"]
    assert errors == ["mine.actors.txt:13: not a YYYYMMDD or YYMMDD date: '9601'"]


def test_agents_get_plurals_and_substitutions(folder):
    rows, errors = read_agents(folder / "mine.agents.txt")
    forms = {row.name: (row.aliases, row.sector) for row in rows}
    assert forms["POLICE OFFICER"] == (("POLICE OFFICERS",), "COP")
    assert forms["ATTORNEY GENERAL"] == (("ATTORNEYS GENERAL",), "GOV")
    assert forms["CONGRESSMAN"] == (("CONGRESSWOMAN",), "LEG")
    assert forms["AIR FORCE"] == ((), "MIL")
    assert forms["HUMAN RIGHTS BODY"][1] == "NGO"
    assert len(errors) == 1


def test_users_dictionaries_are_laid_over_the_table(folder):
    known = KnownActors.load(dictionaries=folder)
    firefly = known.lookup("President Firefly", date(1933, 6, 1))
    assert (firefly.country, firefly.sector, firefly.source) == ("IRL", "GOV", "mine.actors.txt")
    assert known.lookup("Firefly", date(1950, 1, 1)).code == "IRLELI"
    assert known.lookup("Eire", None).country == "IRL"
    obama = known.lookup("Barack Obama", date(2012, 1, 1))
    assert (obama.code, obama.sector) == ("USAELI", None)  # the user's entry wins
    assert known.lookup("Kofi Annan", date(2000, 1, 1)).source == "eventwire"
    assert known.lookup("the congresswoman", None).sector == "LEG"
    assert len(known.errors) == 2


def test_a_missing_folder_is_an_error_not_a_crash(tmp_path):
    known = KnownActors.load(dictionaries=tmp_path / "absent")
    assert known.errors and known.lookup("Angela Merkel", date(2010, 1, 1)).country == "DEU"


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="the Phoenix dictionaries are not checked out")
def test_the_phoenix_dictionaries_load_and_code_well_known_actors():
    known = KnownActors.load(dictionaries=PHOENIX)
    assert known.lookup("Tony Blair", date(1999, 1, 1)).code == "GBRGOV"
    assert known.lookup("Kofi Annan", date(2000, 1, 1)).code == "IGOUNO"
    hillary = known.lookup("Secretary of State Hillary Clinton", date(2010, 5, 1))
    assert (hillary.country, hillary.sector) == ("USA", "GOV")
    assert known.lookup("foreign ministers", None).sector == "GOV"
    assert known.lookup("Kabul", None).country == "AFG"
    assert all(isinstance(error, str) for error in known.errors)
