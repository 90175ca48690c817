"""Courts, prosecutors, chambers and tribunals abroad, as wire copy names them: a town before
a body makes it the state's that holds the town; an international court named in full
belongs to no state, whatever country follows "for"; a state under its name of the day."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, run_texts


def _codes(text: str, name: str, date: str = "2003-05-02") -> tuple[str | None, str | None]:
    return actor_codes(text, name, date)


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("A Nairobi court jailed two Somali pirates.", "Nairobi court", ("KEN", "JUD")),
        ("Ankara prosecutors indicted the editor.", "Ankara prosecutors", ("TUR", "JUD")),
        ("A Peshawar court jailed the cleric.", "Peshawar court", ("PAK", "JUD")),
        ("Washington officials criticized the deal.", "Washington officials", ("USA", "GOV")),
        (
            "Czech opposition deputies walked out of the debate.",
            "Czech deputies",
            ("CZE", "LEG"),
        ),
    ],
)
def test_a_town_or_country_before_a_body_makes_it_that_states(
    text: str, name: str, codes: tuple[str | None, str | None]
) -> None:
    assert _codes(text, name) == codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The International Criminal Tribunal for Rwanda convicted a former minister.",
            "International Criminal Tribunal for Rwanda",
        ),
        (
            "The Special Court for Sierra Leone indicted the former president of Liberia.",
            "Special Court for Sierra Leone",
        ),
    ],
)
def test_an_international_court_named_for_a_country_belongs_to_none(text: str, name: str) -> None:
    assert _codes(text, name) == (None, "JUD")


def test_a_state_under_its_name_of_the_day_is_that_state() -> None:
    (result,) = run_texts("Macedonia closed its border with Albania.", date="1999-04-02")
    assert "MKD" in {a.country.value for a in result.actors if a.country}


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("Bosnian Serb leaders rejected the plan.", "Bosnian leaders", ("BIH", "GOV")),
        ("Mexican American leaders criticized the plan.", "American leaders", ("USA", "GOV")),
    ],
)
def test_a_people_in_a_state_is_the_states_but_a_heritage_the_new_states(
    text: str, name: str, codes: tuple[str | None, str | None]
) -> None:
    assert _codes(text, name, date="2001-02-01") == codes
