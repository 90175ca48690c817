"""A group loyal to a person whose title a country owns acts for that country, not for the
leader's own nationality or the article's home."""

from __future__ import annotations

from tests.conftest import run_texts


def _country(text: str, starts: str) -> str | None:
    (result,) = run_texts(text, date="2019-05-02")
    actor = next(a for a in result.actors if str(a.name).startswith(starts))
    return actor.country.value if actor.country else None


def test_group_loyal_to_a_country_s_strongman_is_that_country_s() -> None:
    text = "Fighters loyal to Sudan's strongman Omar Bashir shelled Ethiopian positions."
    assert _country(text, "Fighters") == "SDN"


def test_group_loyal_to_a_titled_name_takes_the_title_s_country() -> None:
    text = "Militants loyal to Somalia's al-Shabaab commander Ahmed Diriye ambushed a bus."
    assert _country(text, "Militants") == "SOM"
