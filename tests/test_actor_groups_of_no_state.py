"""Groups that act for no one state keep a null country instead of the dateline's; a
spokesperson speaks for the state body named just before, not for the dateline's country."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes

DAY = "2009-04-14"


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        (
            "MAPUTO, April 14 (Reuters) - Mozambique deported three Kenyan reporters on Monday. "
            "Human rights groups denounced the deportations.",
            "Human rights groups",
            (None, "NGO"),
        ),
        (
            "YEREVAN, April 14 (AFP) - Western diplomats, including those of Italy and Norway, "
            "urged the authorities to release the protesters.",
            "Western diplomats",
            (None, "GOV"),
        ),
        (
            "MAPUTO, April 14 (Reuters) - Mozambican rights groups denounced the arrests of "
            "two teachers on Monday.",
            "Mozambican rights groups",
            ("MOZ", "NGO"),
        ),
    ],
)
def test_group_of_many_states_or_bare_ngo_keeps_no_country(
    text: str, name: str, codes: tuple[str | None, str | None]
) -> None:
    assert actor_codes(text, name, DAY) == codes


def test_spokesperson_takes_the_country_of_the_body_named_before() -> None:
    text = (
        "MONTEVIDEO, April 14 (AFP) - Uruguay closed its border with Brazil on Monday. "
        "In Ottawa, the Canadian Foreign Ministry criticised the closure. Spokeswoman Anne Duval "
        "said Canada had summoned Uruguay's ambassador."
    )
    assert actor_codes(text, "Anne Duval", DAY) == ("CAN", "GOV")


def test_spokesperson_after_a_news_agency_keeps_the_home() -> None:
    text = (
        "MONTEVIDEO, April 14 (AFP) - Uruguay closed its border with Brazil on Monday. "
        "Government spokesman Luis Benitez said smugglers had used the crossings."
    )
    assert actor_codes(text, "Luis Benitez", DAY) == ("URY", "GOV")


@pytest.mark.parametrize(
    ("group", "country"),
    [("Veterans groups", "USA"), ("Progressive groups", "USA"), ("Aid agencies", None)],
)
def test_bare_ngo_group_in_a_story_of_one_states_actors(group: str, country: str | None) -> None:
    text = (
        "WASHINGTON (AP) - Senator Ann Kowalski and Senator Tom Reed met Governor Jim Hale on "
        f"Monday. {group} criticized Kowalski's budget. President Obama praised Reed."
    )
    assert actor_codes(text, group, DAY) == (country, "NGO")
