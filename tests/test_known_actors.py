"""Known actors: who a bare name is on the article's date, from eventwire's table."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest
from eval.coding_check import SECTORS  # the gold's sector list

from eventwire.actors.known import KnownActor, KnownActors, name_key
from eventwire.codes import capital_countries, country_of
from eventwire.lexicons import read_table
from eventwire.model import ActorType

USER_ASSIGNED = {"XKX"}  # Kosovo: not in ISO 3166, but the code the EU, the IMF and the gold use


@pytest.fixture(scope="module")
def known() -> KnownActors:
    return KnownActors.load()


def codes(actor: KnownActor | None) -> tuple[str | None, str | None] | None:
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize(
    ("name", "on", "expected", "role"),
    [
        ("Vladimir Putin", date(1999, 10, 1), ("RUS", "GOV"), "prime minister"),
        ("Vladimir Putin", date(2005, 6, 1), ("RUS", "GOV"), "president"),
        ("Vladimir Putin", date(2010, 6, 1), ("RUS", "GOV"), "prime minister"),
        ("Vladimir Putin", date(2015, 6, 1), ("RUS", "GOV"), "president"),
        ("Hillary Clinton", date(2005, 6, 1), ("USA", "LEG"), "senator"),
        ("Hillary Clinton", date(2011, 6, 1), ("USA", "GOV"), "secretary of state"),
        ("Hillary Clinton", date(2016, 6, 1), ("USA", "PTY"), "presidential candidate"),
        ("James Comey", date(2016, 7, 5), ("USA", "COP"), "FBI director"),
        ("Robert Mueller", date(2018, 3, 1), ("USA", "JUD"), "special counsel"),
    ],
)
def test_the_date_picks_the_role_held_then(known, name, on, expected, role):
    found = known.lookup(name, on)
    assert codes(found) == expected
    assert found.role == role


def test_someone_known_only_by_a_former_role_keeps_the_country_without_a_sector(known):
    assert codes(known.lookup("Bill Clinton", date(2016, 6, 1))) == ("USA", None)


def test_namesakes_are_told_apart_by_date(known):
    assert known.lookup("George Bush", date(1991, 1, 16)).name == "George H. W. Bush"
    assert known.lookup("George Bush", date(2003, 3, 20)).name == "George W. Bush"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Barack Hussein Obama", "Barack Obama"),
        ("President Barack Obama", "Barack Obama"),
        ("Mr. Obama", "Barack Obama"),
        ("Obama's", "Barack Obama"),
        ("Secretary of State John Kerry", "John Kerry"),
        ("Kerry", "John Kerry"),
        ("the F.B.I.", "Federal Bureau of Investigation"),
        ("Al Qaeda", "Al-Qaeda"),
        ("Abu Mazen", "Mahmoud Abbas"),
    ],
)
def test_aliases_titles_and_surnames_find_the_actor(known, written, expected):
    assert known.lookup(written, date(2014, 6, 1)).name == expected


def test_an_organisation_coded_by_period(known):
    assert codes(known.lookup("the Taliban", date(2010, 1, 1))) == ("AFG", "REB")
    assert codes(known.lookup("the Taliban", date(2022, 1, 1))) == ("AFG", "GOV")


def test_igo_officials_have_no_country(known):
    assert codes(known.lookup("Kofi Annan", date(2003, 2, 1))) == (None, "IGO")


# "TNT" is the explosive in news far more often than the cable channel
@pytest.mark.parametrize("name", ["John Smith", "Smith", "", "...", "protesters", "TNT"])
def test_unknown_names_stay_unknown(known, name):
    assert known.lookup(name, date(2016, 6, 1), home="USA") is None


def test_a_known_name_counts_only_where_it_ends_the_name():
    known = KnownActors([KnownActor("The Guardian", ActorType.ORGANIZATION, "GBR", "MED")])
    assert known.lookup("the Guardian newspaper") is None
    assert known.lookup("Guardian Council") is None
    assert known.lookup("Britain's Guardian").name == "The Guardian"


def test_titles_and_regnal_numbers_are_nobodys_surname():
    people = [
        KnownActor("Tom King", ActorType.PERSON, "GBR", "GOV", start=date(1989, 7, 24)),
        KnownActor("Albert II", ActorType.PERSON, "BEL", "GOV", start=date(1993, 8, 9)),
    ]
    known = KnownActors(people)
    assert known.lookup("the King", date(1995, 1, 1)) is None
    assert known.lookup("Pope John Paul II", date(1995, 1, 1)) is None
    assert known.lookup("Albert II", date(1995, 1, 1)).country == "BEL"


def test_a_surname_two_people_hold_that_day_is_not_guessed():
    people = [
        KnownActor("Ann Reed", ActorType.PERSON, "USA", "LEG", start=date(2010, 1, 1)),
        KnownActor("Bob Reed", ActorType.PERSON, "GBR", "GOV", start=date(2012, 1, 1)),
    ]
    known = KnownActors(people)
    assert known.lookup("Reed", date(2011, 1, 1)).name == "Ann Reed"
    assert known.lookup("Reed", date(2013, 1, 1)) is None
    assert known.lookup("Reed", date(2013, 1, 1), home="GBR").name == "Bob Reed"


def test_unqualified_institutions_take_the_home_country(known):
    assert codes(known.lookup("the Justice Department", home="USA")) == ("USA", "GOV")
    assert codes(known.lookup("the interior ministry", home="KEN")) == ("KEN", "GOV")
    assert codes(known.lookup("police", home="FRA")) == ("FRA", "COP")
    assert codes(known.lookup("Congress", home="COL")) == ("COL", "LEG")
    assert codes(known.lookup("the interior ministry")) == (None, "GOV")


def test_name_keys_ignore_case_accents_and_punctuation():
    assert name_key("U.N.") == name_key("the UN") == ("un",)
    assert name_key("Recep Tayyip Erdoğan") == name_key("recep tayyip erdogan")


def _day(text: str, last: bool) -> date | None:
    if not text:
        return None
    return date.fromisoformat(text if len(text) > 4 else f"{text}-{'12-31' if last else '01-01'}")


def test_every_row_of_the_table_is_well_formed():
    for row in read_table("known_actors.tsv"):
        _, _, kind, country, sector, role, start, end = row
        assert ActorType(kind) in {ActorType.PERSON, ActorType.ORGANIZATION, ActorType.GROUP}
        assert (
            not country
            or country in USER_ASSIGNED
            or pycountry.countries.get(alpha_3=country)
            or pycountry.historic_countries.get(alpha_3=country)
        ), row
        assert country or sector in {"IGO", "JUD", "REB", "NGO"}, row
        private = kind == "person" and bool(country)  # a private person: no sector
        assert sector in SECTORS - {None} or (private and not sector), row
        assert kind != "person" or (role and start), row
        first, last = _day(start, last=False), _day(end, last=True)
        assert not (first and last) or first <= last, row


def test_a_middle_initial_does_not_hide_a_known_person(known):
    found = known.lookup("Viktor F. Yanukovych", date(2016, 8, 2))
    assert found is not None and found.name == "Viktor Yanukovych"
    assert codes(found) == ("UKR", None)


def test_a_name_with_an_initial_is_looked_up_as_written_first(known):
    assert known.lookup("George W. Bush", date(2002, 1, 1)).name == "George W. Bush"


def test_a_full_name_with_another_given_name_is_another_person():
    person = KnownActor(
        "Kouame Daniel Tano",
        ActorType.PERSON,
        "CIV",
        "GOV",
        role="prime minister",
        start=date(2012, 1, 1),
        aliases=("Daniel Tano",),
    )
    known = KnownActors([person])
    on = date(2014, 5, 1)
    assert known.lookup("Alan Tano", on) is None  # a namesake the table does not know
    assert known.lookup("Mr. Tano", on).country == "CIV"  # a title is no given name
    assert known.lookup("Danyel Tano", on).country == "CIV"  # another spelling of his own
    assert known.lookup("Tano", on).country == "CIV"


@pytest.mark.parametrize(
    ("written", "iso3"), [("Cote d'Ivoire", "CIV"), ("Sao Tome and Principe", "STP")]
)
def test_a_country_named_without_its_accents_is_known(written, iso3):
    assert country_of(written).iso3 == iso3


@pytest.mark.parametrize(("capital", "iso3"), [("Yaounde", "CMR"), ("Asuncion", "PRY")])
def test_a_capital_named_without_its_accents_is_known(capital, iso3):
    assert capital_countries()[capital] == iso3


@pytest.mark.parametrize(
    ("capital", "iso3"), [("Kiev", "UKR"), ("Peking", "CHN"), ("Teheran", "IRN"), ("Dacca", "BGD")]
)
def test_a_capital_under_the_older_name_wire_copy_writes_is_known(capital, iso3):
    assert capital_countries()[capital] == iso3


def test_an_older_city_name_that_is_no_capital_stays_a_town():
    assert "Bombay" not in capital_countries()  # India's capital is New Delhi
