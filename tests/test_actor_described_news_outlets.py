"""A name right after a news-medium noun ("the state-run daily X", "independent radio station
X-3", "the opposition weekly X") is a news outlet (MED), also where NER misses the name or takes
the noun into it; the words before the noun may say whose it is. A capitalised word that
modifies another noun after the medium word ("the weekly Cabinet meeting") is no outlet."""

from __future__ import annotations

from .conftest import run_texts


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2001-04-02")
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def test_a_daily_named_after_its_noun_is_a_news_outlet() -> None:
    codes = _codes("The state-run daily Hoy accused the rebels of burning two villages.")
    assert codes["Hoy"][1] == "MED"


def test_a_station_with_a_number_in_its_name_is_one_outlet() -> None:
    codes = _codes("Independent radio station Kanal-5 said police had beaten three reporters.")
    assert codes["Kanal-5"][1] == "MED"


def test_the_countrys_adjective_before_the_noun_gives_its_country() -> None:
    codes = _codes("The Moldovan weekly Jurnal accused the ministry of fraud.")
    assert codes["Jurnal"] == ("MDA", "MED")


def test_a_name_modifying_a_later_noun_is_no_outlet() -> None:
    codes = _codes("The minister skipped the weekly Cabinet meeting and criticised the police.")
    assert codes.get("Cabinet", (None, None))[1] != "MED"
