"""A company's legal form gives its country where the text gives none (actors.legal_forms)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, run_texts


@pytest.mark.parametrize(
    ("firm", "country"),
    [
        ("Halvorsen Verpackung GmbH", "DEU"),
        ("Dekker Logistiek B.V.", "NLD"),
        ("Ferrucci Meccanica S.p.A.", "ITA"),
        ("Kestrel Foods plc", "GBR"),
        ("Lahtinen Paperi Oyj", "FIN"),
    ],
)
def test_a_form_one_state_has_gives_its_country(firm: str, country: str) -> None:
    text = f"{firm} said on Monday that it would cut 200 jobs after orders fell."
    assert actor_codes(text, firm, "1995-03-01")[0] == country


def test_a_shared_form_takes_the_one_state_the_story_names() -> None:
    text = (
        "Brunner Textil AG said it would close its plant in Zurich, where "
        "the Swiss firm has made cloth since 1920. Brunner Textil AG blamed the strong franc."
    )
    assert actor_codes(text, "Brunner Textil AG", "1995-03-01")[0] == "CHE"


def test_a_us_form_takes_the_us_when_the_story_names_it() -> None:
    text = (
        "Pemberton Widget Corp. said it would buy back a million shares after a U.S. "
        "regulator approved its plan. Pemberton Widget Corp. makes valves."
    )
    assert actor_codes(text, "Pemberton Widget Corp.", "1990-03-01")[0] == "USA"


def test_a_shared_form_with_two_of_its_states_named_says_nothing() -> None:
    text = (
        "Moffat Brokerage Ltd. said it advised a British buyer of a plant near Toronto. "
        "Moffat Brokerage Ltd. declined to name the price."
    )
    assert actor_codes(text, "Moffat Brokerage Ltd.", "1990-03-01")[0] is None


def test_a_state_name_before_an_abbreviation_is_no_firm() -> None:
    text = "The Vermont AG said the settlement was fair. The Vermont AG will not appeal."
    (result,) = run_texts(text, date="2016-03-01")
    assert all(a.country is None or a.country.method != "legal form" for a in result.actors)


def test_an_officer_of_a_firm_takes_the_form_s_country() -> None:
    text = (
        "Gunnar Lindqvist, chief executive of Lindqvist Verktyg AB, said the company "
        "would hire 40 workers."
    )
    assert actor_codes(text, "Gunnar Lindqvist", "1995-03-01") == ("SWE", "BUS")
