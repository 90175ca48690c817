"""Places whose names news writes without accents or shares between two countries."""

from __future__ import annotations

from eventwire.model import ArticleResult
from eventwire.places.geocode import geocode
from tests.conftest import run_texts


def _countries(result: ArticleResult, surface: str) -> set[str | None]:
    return {p.country for p in result.places if p.evidence.text == surface}


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


def test_bare_congo_is_the_former_zaire() -> None:
    (result,) = run_texts("Militias in eastern Congo burned three villages, aid workers said.")
    assert _countries(result, "eastern Congo") == {"COD"}


def test_congo_means_the_other_republic_where_the_article_names_it() -> None:
    (result,) = run_texts(
        "The Republic of Congo closed its northern border. "
        "Officials in Congo said the border would reopen next month."
    )
    assert _countries(result, "Congo") == {"COG"}
