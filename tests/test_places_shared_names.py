"""Places whose names news writes without accents or shares between two countries."""

from __future__ import annotations

from eventwire.model import ArticleResult
from eventwire.places.geocode import geocode
from tests.conftest import run_texts


def _countries(result: ArticleResult, surface: str) -> set[str | None]:
    return {p.country for p in result.places if p.evidence.text == surface}


def _actor_countries(result: ArticleResult, name: str) -> set[str | None]:
    return {a.country.value if a.country else None for a in result.actors if a.name == name}


def test_a_capital_written_without_its_accent_beats_a_home_namesake() -> None:
    (result,) = run_texts(
        "WASHINGTON (AP) — The envoy flew to Bogota on Monday for talks with the rebels."
    )
    assert _countries(result, "Bogota") == {"COL"}


def test_a_resort_written_without_its_accent_is_not_another_towns_alias() -> None:
    cancun = geocode("Cancun")
    assert cancun is not None and cancun.country == "MEX"


def test_unaccented_capital_is_marked_a_capital() -> None:
    bogota = geocode("Bogota", frozenset({"USA"}))
    assert bogota is not None and bogota.country == "COL" and bogota.capital


def test_bare_congo_is_the_former_zaire_in_news_since_1997() -> None:
    (result,) = run_texts(
        "Militias in eastern Congo burned three villages, aid workers said.", date="2009-06-02"
    )
    assert _countries(result, "eastern Congo") == {"COD"}
    assert "COD" in _actor_countries(result, "Militias in eastern Congo")


def test_bare_congo_is_the_congo_republic_in_older_news() -> None:
    (result,) = run_texts("Chad recalled its envoy to Congo over the dispute.", date="1986-03-04")
    assert _countries(result, "Congo") == {"COG"}
    assert _actor_countries(result, "Republic of the Congo") == {"COG"}


def test_congo_means_the_other_republic_where_the_article_names_it() -> None:
    (result,) = run_texts(
        "The Republic of Congo closed its northern border. "
        "Officials in Congo said the border would reopen next month.",
        date="2012-10-09",
    )
    assert _countries(result, "Congo") == {"COG"}
    assert _actor_countries(result, "Officials in Congo") == {"COG"}
